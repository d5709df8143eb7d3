import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processFile, type FileOutcome, type FileSettings, type FileTask } from './analyze';

/** From this many files on, the work is shared among worker threads (below it, starting them costs more than it saves). */
export const POOL_THRESHOLD = 64;
export const WORKER_MARK = 'gov-report-worker';

export interface PoolOptions {
  /** Threads to use; undefined = one per core. 1 = no workers. */
  readonly jobs?: number;
  /** The script a worker runs: the CLI entry, which serves as a worker when it is not the main thread. */
  readonly workerScript?: string;
}

export interface RunStats {
  readonly files: number;
  readonly workers: number;
  /** Files processed by each worker (or by the main thread when there are none). */
  readonly filesPerWorker: readonly number[];
}

interface Batch {
  readonly start: number;
  readonly tasks: readonly FileTask[];
}

interface BatchDone {
  readonly start: number;
  readonly outcomes: readonly FileOutcome[];
}

/** Processes every task, in worker threads when there are many; outcomes come back in input order. */
export function runTasks(tasks: readonly FileTask[], settings: FileSettings, pool: PoolOptions): Promise<{ outcomes: FileOutcome[]; stats: RunStats }> {
  const threads = Math.min(pool.jobs ?? availableParallelism(), Math.ceil(tasks.length / 32));
  if (!pool.workerScript || tasks.length < POOL_THRESHOLD || threads < 2) {
    const outcomes = tasks.map((t) => processFile(t, settings));
    return Promise.resolve({ outcomes, stats: { files: tasks.length, workers: 0, filesPerWorker: [tasks.length] } });
  }
  const script = pool.workerScript;
  // Small batches keep both cores busy to the end; large enough that messages cost little.
  const batchSize = Math.max(1, Math.min(32, Math.floor(tasks.length / (threads * 8))));

  return new Promise((resolve) => {
    const outcomes: FileOutcome[] = new Array(tasks.length);
    const perWorker = new Array<number>(threads).fill(0);
    const workers: Worker[] = [];
    const inFlight = new Map<Worker, Batch>();
    let next = 0;
    let done = 0;
    let finished = false;

    const finish = (): void => {
      if (finished) return;
      finished = true;
      Promise.all(workers.map((w) => w.terminate())).finally(() => resolve({
        outcomes,
        stats: { files: tasks.length, workers: threads, filesPerWorker: perWorker },
      }));
    };
    const record = (batch: BatchDone): void => {
      batch.outcomes.forEach((o, i) => { outcomes[batch.start + i] = o; });
      done += batch.outcomes.length;
      if (done === tasks.length) finish();
    };
    const dispatch = (worker: Worker): void => {
      if (next >= tasks.length) return;
      const batch = { start: next, tasks: tasks.slice(next, next + batchSize) };
      next += batch.tasks.length;
      inFlight.set(worker, batch);
      worker.postMessage(batch);
    };
    /** A worker that dies hands its batch, and when none is left alive everything remaining, to this thread. */
    const fail = (worker: Worker): void => {
      const batch = inFlight.get(worker);
      inFlight.delete(worker);
      const index = workers.indexOf(worker);
      if (index >= 0) workers.splice(index, 1);
      if (batch) record({ start: batch.start, outcomes: batch.tasks.map((t) => processFile(t, settings)) });
      if (workers.length === 0) {
        while (next < tasks.length) {
          const start = next;
          const slice = tasks.slice(start, start + batchSize);
          next += slice.length;
          record({ start, outcomes: slice.map((t) => processFile(t, settings)) });
        }
      }
    };

    for (let i = 0; i < threads; i++) {
      const worker = new Worker(script, { workerData: { mark: WORKER_MARK, settings } });
      workers.push(worker);
      worker.on('message', (message: BatchDone) => {
        inFlight.delete(worker);
        perWorker[i]! += message.outcomes.length;
        record(message);
        dispatch(worker);
      });
      worker.on('error', () => fail(worker));
      worker.on('exit', () => { if (!finished) fail(worker); });
      dispatch(worker);
    }
  });
}
