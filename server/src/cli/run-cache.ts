import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileOutcome, FileTask } from './analyze';
import { cachePath, checkerStamp, readCache, writeCache, type CacheEntry } from './cache';
import type { messages } from './messages';
import type { CliIo } from './run';

export interface RunCache {
  readonly path: string;
  readonly stamp: string;
  readonly entries: Map<string, CacheEntry>;
}

export function openRunCache(location: string | undefined, io: CliIo): RunCache {
  const path = cachePath(location, io.cwd);
  const stamp = checkerStamp(io.workerScript);
  return { path, stamp, entries: readCache(path, stamp) };
}

/**
 * Keeps this run's outcomes that have a key (checked or skipped; never errors) and the entries of
 * files not in this run that still exist, then writes the cache. Returns how many files reused their
 * outcome; a cache that cannot be written is a note, not a failure.
 */
export function saveRunCache(
  cache: RunCache, tasks: readonly FileTask[], outcomes: readonly FileOutcome[], io: CliIo,
  note: (text: string) => void, m: ReturnType<typeof messages>,
): number {
  const fresh = new Map<string, CacheEntry>();
  let reused = 0;
  outcomes.forEach((outcome, i) => {
    const key = 'cacheKey' in outcome ? outcome.cacheKey : undefined;
    if (key === undefined) return;
    if (tasks[i]!.cached?.key === key) reused++;
    fresh.set(resolve(io.cwd, tasks[i]!.path), { key, outcome });
  });
  for (const [path, entry] of cache.entries) if (!fresh.has(path) && existsSync(path)) fresh.set(path, entry);
  const failure = writeCache(cache.path, cache.stamp, fresh);
  if (failure) note(m.cacheNotWritten(cache.path, failure));
  return reused;
}
