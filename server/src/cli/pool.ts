import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processFile, type FileOutcome, type FileSettings, type FileTask } from './analyze';

/**
 * From this many files on, the work is shared with worker threads. Below it a worker's start (its
 * own copy of the code to load and warm up, ~0.1 s of a core) costs more than it saves.
 */
export const POOL_THRESHOLD = 64;
export const WORKER_MARK = 'gov-report-worker';
/** Batches a worker holds at once: the next one is there when it finishes one, while this thread is busy with its own. */
const WORKER_QUEUE = 2;

export interface PoolOptions {
  /** Threads to use, this one included; undefined = one per idle core (see defaultThreads). 1 = no workers. */
  readonly jobs?: number;
  /** The script a worker runs: the CLI entry, which serves as a worker when it is not the main thread. */
  readonly workerScript?: string;
}

export interface RunStats {
  readonly files: number;
  /** Threads that shared the work (this one and the workers); 0 when this thread did it alone. */
  readonly workers: number;
  /** Files processed by each thread, this one first. */
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

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Threads to share the work when the user did not say (`--jobs`): one per idle core but one. V8
 * compiles and collects garbage on background threads, about half a core beside each busy thread
 * (cpu/wall 1.4–1.5 for one thread in `npm run bench`), so a worker on the last core only competes
 * with them: on two cores, 1,000 files took 2.48 s with a worker and 2.16 s without. On a machine
 * already busy a worker gets no core of its own; it would only add its start and warm-up.
 */
export function defaultThreads(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(cores - 1, Math.floor(cores - load)));
}

/**
 * Processes every task; outcomes come back in input order. With many tasks, `jobs - 1` worker
 * threads share the work with this thread, which works too (on two cores, one worker and this
 * thread; a worker that fails hands its batches back). Batches shrink towards the end, so that no
 * thread is left with a long one while the others wait.
 */
export async function runTasks(tasks: readonly FileTask[], settings: FileSettings, pool: PoolOptions): Promise<{ outcomes: FileOutcome[]; stats: RunStats }> {
  // Files with an outcome from the last run (`--cache`) are mostly a read and a hash: not work to share.
  const work = tasks.filter((t) => !t.cached).length;
  const threads = Math.min(pool.jobs ?? defaultThreads(), Math.ceil(work / 32));
  if (!pool.workerScript || work < POOL_THRESHOLD || threads < 2) {
    const outcomes = tasks.map((t) => processFile(t, settings));
    return { outcomes, stats: { files: tasks.length, workers: 0, filesPerWorker: [tasks.length] } };
  }
  const outcomes: FileOutcome[] = new Array(tasks.length);
  const perThread = new Array<number>(threads).fill(0);
  const handedBack: Batch[] = [];
  let next = 0;

  const take = (): Batch | undefined => {
    const back = handedBack.shift();
    if (back) return back;
    if (next >= tasks.length) return undefined;
    // A share of what is left, between 2 and 16 files: small batches at the end keep every thread busy to it.
    const size = Math.max(2, Math.min(16, Math.floor((tasks.length - next) / (threads * 4))));
    const batch = { start: next, tasks: tasks.slice(next, next + size) };
    next += batch.tasks.length;
    return batch;
  };
  const record = (batch: BatchDone, thread: number): void => {
    batch.outcomes.forEach((o, i) => { outcomes[batch.start + i] = o; });
    perThread[thread]! += batch.outcomes.length;
  };

  const workers = Array.from({ length: threads - 1 }, (_, k) => runWorker(pool.workerScript!, settings, take, (done) => record(done, k + 1), (batch) => handedBack.push(batch)));
  for (let batch = take(); batch; batch = take()) {
    record({ start: batch.start, outcomes: batch.tasks.map((t) => processFile(t, settings)) }, 0);
    // Lets the workers' results in, and hands them their next batch.
    await nextTurn();
  }
  await Promise.all(workers);
  // Batches handed back by a worker that failed after this thread ran out of work.
  for (let batch = take(); batch; batch = take()) record({ start: batch.start, outcomes: batch.tasks.map((t) => processFile(t, settings)) }, 0);
  return { outcomes, stats: { files: tasks.length, workers: threads, filesPerWorker: perThread } };
}

/**
 * One worker thread, fed batches by `take` until there are none; resolves once it has answered
 * them all and ended. If it fails, its unanswered batches go to `handBack`.
 */
function runWorker(script: string, settings: FileSettings, take: () => Batch | undefined, done: (batch: BatchDone) => void, handBack: (batch: Batch) => void): Promise<void> {
  return new Promise((resolve) => {
    const inFlight = new Map<number, Batch>();
    let ended = false;
    const end = (failed: boolean): void => {
      if (ended) return;
      ended = true;
      if (failed) for (const batch of inFlight.values()) handBack(batch);
      inFlight.clear();
      void worker.terminate().finally(resolve);
    };
    const feed = (): void => {
      while (inFlight.size < WORKER_QUEUE) {
        const batch = take();
        if (!batch) break;
        inFlight.set(batch.start, batch);
        worker.postMessage(batch);
      }
      if (inFlight.size === 0) end(false);
    };
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: { mark: WORKER_MARK, settings } });
    } catch {
      resolve();
      return;
    }
    worker.on('message', (message: BatchDone) => {
      inFlight.delete(message.start);
      done(message);
      feed();
    });
    worker.on('error', () => end(true));
    worker.on('exit', () => end(true));
    feed();
  });
}
