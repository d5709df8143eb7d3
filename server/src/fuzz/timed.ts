import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export type TimedRequest =
  | { readonly kind: 'hostile'; readonly name: string; readonly size: number; readonly repeat: number }
  | { readonly kind: 'run-together' | 'padded' | 'padded-figures' | 'year-book'; readonly size: number; readonly repeat: number };

export interface TimedResult {
  readonly length: number;
  readonly bytes: number;
  /** The median of the runs. */
  readonly ms: number;
  readonly times: readonly number[];
  readonly findings: number;
}

export type Timed = { readonly timedOut: false; readonly result: TimedResult } | { readonly timedOut: true; readonly afterMs: number };

/**
 * Times checkText on a built input in a worker thread, stopped after `deadlineMs`: an input that
 * makes the core quadratic fails the test in bounded time instead of hanging the suite.
 */
export function timeCheck(request: TimedRequest, deadlineMs: number): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'timed-worker.js'), { workerData: request, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
    const started = performance.now();
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ timedOut: true, afterMs: performance.now() - started });
    }, deadlineMs);
    worker.once('message', (message: { ok: true; result: TimedResult } | { ok: false; error: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (message.ok) resolve({ timedOut: false, result: message.result });
      else reject(new Error(message.error));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
