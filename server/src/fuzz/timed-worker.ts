// Child-process entry for timed checks: builds a hostile input by name, warms the core up on two
// seeds, then runs checkReport on the input and sends back wall and CPU time, or the growth of CPU
// time from a quarter of the input's size to its size. Run by timed.ts (fork), never imported.
import { checkReport } from '../core/check';
import { cpuMsOf, GROWTH_FACTOR, measureGrowth, type Growth } from './growth';
import { HOSTILE_INPUTS, paddedReport, RUN_TOGETHER_BASE, runTogetherRows, seedNames, seedText, yearBook } from './hostile-inputs';
import type { TimedInput, TimedRequest, TimedResult, VersusPlain, WorkerAnswer } from './timed';

function build(input: TimedInput, size = input.size): string {
  switch (input.kind) {
    case 'hostile': return HOSTILE_INPUTS[input.name]!(size);
    case 'run-together': return runTogetherRows(size);
    case 'padded': return paddedReport(size);
    case 'padded-figures': return paddedReport(size, true);
    case 'year-book': return yearBook(size);
  }
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function time(input: TimedInput, repeat: number): TimedResult {
  const text = build(input);
  const times: number[] = [];
  const cpu: number[] = [];
  let findings = 0;
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    findings = checkReport(text).findings.length;
    cpu.push(cpuMs(process.cpuUsage(usage)));
    times.push(performance.now() - started);
  }
  return { length: text.length, bytes: Buffer.byteLength(text), ms: median(times), cpuMs: median(cpu), times, findings };
}

function growth(input: TimedInput): Growth {
  return measureGrowth(build(input, Math.ceil(input.size / GROWTH_FACTOR)), build(input), (text) => { checkReport(text); });
}

/** Plain checks timed together for one figure: a single check of a seed (~2 ms) is below the clock's grain. */
const PLAIN_RUNS = 20;

function versusPlain(input: TimedInput): VersusPlain {
  const best = (text: string, runs: number): number =>
    Math.min(...[1, 2, 3].map(() => cpuMsOf(() => { for (let i = 0; i < runs; i++) checkReport(text); }) / runs));
  const text = build(input);
  const plain = Math.max(best(seedText(RUN_TOGETHER_BASE), PLAIN_RUNS), 0.001);
  const cost = best(text, 1);
  return { input: cost, plain, ratio: cost / plain };
}

const answer = (request: TimedRequest): TimedResult | Growth | VersusPlain =>
  'growth' in request ? growth(request) : 'versusPlain' in request ? versusPlain(request) : time(request, request.repeat);

try {
  const request = JSON.parse(process.argv[2]!) as TimedRequest;
  for (const name of seedNames().slice(0, 2)) checkReport(seedText(name));
  const message: WorkerAnswer = { ok: true, result: answer(request) };
  process.send!(message);
} catch (error) {
  process.send!({ ok: false, error: String((error as Error)?.stack ?? error) });
}
