// Child-process entry for timed checks: builds a hostile input by name, warms the core up on two
// seeds, then runs checkText on the input and sends back wall and CPU time. Run by timed.ts (fork),
// never imported. CPU time is what the budgets judge: it does not grow when a busy machine makes
// the check wait for a core.
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

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function run(request: TimedRequest): TimedResult {
  for (const name of seedNames().slice(0, 2)) checkText(seedText(name));
  const text = build(request);
  const times: number[] = [];
  const cpu: number[] = [];
  let findings = 0;
  for (let i = 0; i < request.repeat; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    findings = checkText(text).findings.length;
    cpu.push(cpuMs(process.cpuUsage(usage)));
    times.push(performance.now() - started);
  }
  return { length: text.length, bytes: Buffer.byteLength(text), ms: median(times), cpuMs: median(cpu), times, findings };
}

try {
  const request = JSON.parse(process.argv[2]!) as TimedRequest;
  process.send!({ ok: true, result: run(request) });
} catch (error) {
  process.send!({ ok: false, error: String((error as Error)?.stack ?? error) });
}
