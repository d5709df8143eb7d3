import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type FileSettings, type FileTask } from './analyze';
import { WORKER_MARK } from './pool';

export const isPoolWorker = (): boolean =>
  parentPort !== null && (workerData as { mark?: unknown } | null)?.mark === WORKER_MARK;

/** A pool worker: answers each batch of files with their outcomes, in order. */
export function serveBatches(): void {
  const settings = (workerData as { settings: FileSettings }).settings;
  parentPort!.on('message', (batch: { start: number; tasks: FileTask[] }) => {
    parentPort!.postMessage({ start: batch.start, outcomes: batch.tasks.map((t) => processFile(t, settings)) });
  });
}
