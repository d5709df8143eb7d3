import { fork } from 'node:child_process';
import { join } from 'node:path';

export type TimedRequest =
  | { readonly kind: 'hostile'; readonly name: string; readonly size: number; readonly repeat: number }
  | { readonly kind: 'run-together' | 'padded' | 'padded-figures' | 'year-book'; readonly size: number; readonly repeat: number };

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

export type Timed = { readonly timedOut: false; readonly result: TimedResult } | { readonly timedOut: true; readonly afterMs: number };

/**
 * Times checkText on a built input in a child process, killed after `deadlineMs` of wall time: an
 * input that makes the core quadratic fails the test in bounded time instead of hanging the suite.
 */
export function timeCheck(request: TimedRequest, deadlineMs: number): Promise<Timed> {
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
    const timer = setTimeout(() => settle(() => resolve({ timedOut: true, afterMs: performance.now() - started })), deadlineMs);
    child.once('message', (message: { ok: true; result: TimedResult } | { ok: false; error: string }) => {
      settle(() => (message.ok ? resolve({ timedOut: false, result: message.result }) : reject(new Error(message.error))));
    });
    child.once('error', (error) => settle(() => reject(error)));
    child.once('exit', (code) => settle(() => reject(new Error(`the timing process exited (${String(code)}) without a result`))));
  });
}
