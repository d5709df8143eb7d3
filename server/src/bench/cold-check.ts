// `node server/out/bench/cold-check.js <dir>`: the core alone in a fresh process, as the CLI runs it
// (every function starts cold), on every file of a folder: how long loading the core, the first
// reports (while V8 still interprets and compiles) and the rest take. Prints one line of JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ColdCheck {
  readonly loadMs: number;
  readonly files: number;
  /** The first WARM_UP_FILES reports, then the rest: wall ms. */
  readonly firstMs: number;
  readonly restMs: number;
  /** This process's CPU for the checks (all threads: V8 compiles and collects beside the main one). */
  readonly cpuMs: number;
}

export const WARM_UP_FILES = 100;

function main(dir: string): void {
  const texts = readdirSync(dir).sort().map((n) => readFileSync(join(dir, n), 'utf8'));
  const t0 = performance.now();
  const { checkReport } = require('../core/check') as typeof import('../core/check');
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  texts.slice(0, WARM_UP_FILES).forEach((t) => checkReport(t));
  const t2 = performance.now();
  texts.slice(WARM_UP_FILES).forEach((t) => checkReport(t));
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const result: ColdCheck = { loadMs: t1 - t0, files: texts.length, firstMs: t2 - t1, restMs: t3 - t2, cpuMs: (cpu.user + cpu.system) / 1000 };
  console.log(JSON.stringify(result));
}

if (require.main === module) main(process.argv[2]!);
