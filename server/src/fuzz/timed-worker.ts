// Worker-thread entry for timed checks: builds a hostile input by name, warms the core up on a seed,
// then times checkText on the input and posts the figure. Run by timed.ts, never imported.
import { parentPort, workerData } from 'node:worker_threads';
import { checkText } from '../core/check';
import { HOSTILE_INPUTS, paddedReport, runTogetherRows, seedNames, seedText, yearBook } from './hostile-inputs';
import type { TimedRequest, TimedResult } from './timed';

function build(request: TimedRequest): string {
  switch (request.kind) {
    case 'hostile': return HOSTILE_INPUTS[request.name]!(request.size);
    case 'run-together': return runTogetherRows(request.size);
    case 'padded': return paddedReport(request.size);
    case 'padded-figures': return paddedReport(request.size, true);
    case 'year-book': return yearBook(request.size);
  }
}

function run(request: TimedRequest): TimedResult {
  for (const name of seedNames()) checkText(seedText(name));
  const text = build(request);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < request.repeat; i++) {
    const started = performance.now();
    findings = checkText(text).findings.length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { length: text.length, bytes: Buffer.byteLength(text), ms: times[Math.floor(times.length / 2)]!, times, findings };
}

try {
  parentPort!.postMessage({ ok: true, result: run(workerData as TimedRequest) });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: String((error as Error)?.stack ?? error) });
}
