import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileOutcome, FileTask } from './analyze';
import { cachePath, checkerStamp, NOT_A_FILE, readCache, writeCache, type CacheContents, type CacheEntry, type DocumentEntry } from './cache';
import type { messages } from './messages';
import type { CliIo } from './run';

export interface RunCache extends CacheContents {
  readonly path: string;
  readonly stamp: string;
  /** The documents read (or reused) in this run, by absolute path: filled while the inputs are read. */
  readonly freshDocuments: Map<string, DocumentEntry>;
  /** Absolute path of an input as this run names it. */
  readonly keyOf: (path: string) => string;
}

export function openRunCache(location: string | undefined, io: CliIo): RunCache {
  const path = cachePath(location, io.cwd);
  const stamp = checkerStamp(io.workerScript);
  return { path, stamp, ...readCache(path, stamp), freshDocuments: new Map(), keyOf: (file) => resolve(io.cwd, file) };
}

/** This run's entries, then the older ones of files not in this run that still exist. */
function merged<T>(fresh: Map<string, T>, old: ReadonlyMap<string, T>): Map<string, T> {
  for (const [path, entry] of old) if (!fresh.has(path) && existsSync(path)) fresh.set(path, entry);
  return fresh;
}

/**
 * Keeps this run's outcomes that have a key (checked or skipped; never errors) and documents read,
 * with the entries of files not in this run that still exist, then writes the cache. Returns how many
 * files reused their outcome and how many documents their reading; a cache that cannot be written is
 * a note, not a failure.
 */
export function saveRunCache(
  cache: RunCache, tasks: readonly FileTask[], outcomes: readonly FileOutcome[],
  note: (text: string) => void, m: ReturnType<typeof messages>,
): { files: number; documents: number } {
  const fresh = new Map<string, CacheEntry>();
  let reused = 0;
  outcomes.forEach((outcome, i) => {
    const key = 'cacheKey' in outcome ? outcome.cacheKey : undefined;
    if (key === undefined) return;
    if (tasks[i]!.cached?.key === key) reused++;
    fresh.set(cache.keyOf(tasks[i]!.path), { key, outcome });
  });
  // A document reused is the very entry read from the cache.
  const documents = [...cache.freshDocuments].filter(([path, entry]) => cache.documents.get(path) === entry).length;
  const failure = writeCache(cache.path, cache.stamp, { entries: merged(fresh, cache.entries), documents: merged(cache.freshDocuments, cache.documents) });
  if (failure) note(m.cacheNotWritten(cache.path, failure === NOT_A_FILE ? m.notRegularFile : failure));
  return { files: reused, documents };
}
