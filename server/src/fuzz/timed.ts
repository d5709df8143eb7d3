import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { Growth } from './growth';

export type TimedInput =
  | { readonly kind: 'hostile'; readonly name: string; readonly size: number }
  | { readonly kind: 'run-together' | 'padded' | 'padded-figures' | 'year-book'; readonly size: number };

/**
 * Time one input (`repeat` runs), measure growth from a quarter of its size to its size, or compare
 * it with the plain report it was made from (`versusPlain`: run-together rows only).
 */
export type TimedRequest = TimedInput & ({ readonly repeat: number } | { readonly growth: true } | { readonly versusPlain: true });

/** CPU time of a check of the input over a check of the plain report it was made from (best of 3 each). */
export interface VersusPlain {
  readonly input: number;
  readonly plain: number;
  readonly ratio: number;
}

export interface TimedResult {
  readonly length: number;
  readonly bytes: number;
  /** Wall time, the median of the runs. */
  readonly ms: number;
  /** CPU time (user + system) of the check, the median of the runs: steady on a loaded machine. */
  readonly cpuMs: number;
  readonly times: readonly number[];
  readonly findings: number;
}

export type WorkerAnswer = { ok: true; result: TimedResult | Growth | VersusPlain } | { ok: false; error: string };

export type Timed<R> = { readonly timedOut: false; readonly result: R } | { readonly timedOut: true; readonly afterMs: number };

/**
 * Runs checkReport on a built input in a child process, killed after `hangMs` of wall time: an input
 * that makes the core hang fails the test in bounded time instead of hanging the suite. The tests
 * judge growth (`timeGrowth`), never the clock; `hangMs` only guards against a hang.
 */
function ask<R>(request: TimedRequest, hangMs: number): Promise<Timed<R>> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'timed-worker.js'), [JSON.stringify(request)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: ['--max-old-space-size=4096'] });
    const started = performance.now();
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      fn();
    };
    const timer = setTimeout(() => settle(() => resolve({ timedOut: true, afterMs: performance.now() - started })), hangMs);
    child.once('message', (message: WorkerAnswer) => {
      settle(() => (message.ok ? resolve({ timedOut: false, result: message.result as R }) : reject(new Error(message.error))));
    });
    child.once('error', (error) => settle(() => reject(error)));
    child.once('exit', (code) => settle(() => reject(new Error(`the timing process exited (${String(code)}) without a result`))));
  });
}

/** Times `repeat` checks of one input (for benchmarks: absolute figures). */
export const timeCheck = (request: TimedInput & { readonly repeat: number }, hangMs: number): Promise<Timed<TimedResult>> => ask(request, hangMs);

/** Growth of the check's CPU time from a quarter of the input's size to its size (see growth.ts). */
export const timeGrowth = (input: TimedInput, hangMs: number): Promise<Timed<Growth>> => ask({ ...input, growth: true }, hangMs);

/** How many checks of the plain report one check of the input costs: machine speed cancels out. */
export const timeVersusPlain = (input: TimedInput & { readonly kind: 'run-together' }, hangMs: number): Promise<Timed<VersusPlain>> => ask({ ...input, versusPlain: true }, hangMs);
