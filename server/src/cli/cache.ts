// `check --cache`: each file's outcome kept from the last run, by the file's path, and reused while
// nothing it depends on has changed: its text, the options that apply to it (the command line and its
// project config), the locale, and the checker itself (version and build). The check runs only for
// files that changed; a changed file is read, hashed and checked as without the cache.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { FileOutcome } from './analyze';
import { VERSION } from './version';

export const DEFAULT_CACHE_FILE = '.gov-report-cache';

/** One file's outcome and the key of everything it was computed from. */
export interface CacheEntry {
  readonly key: string;
  readonly outcome: FileOutcome;
}

interface CacheFile {
  readonly stamp: string;
  readonly entries: Record<string, CacheEntry>;
}

/** The checker that wrote a cache: its version and, since code changes between versions while developing, its build (the CLI script's size and time). */
export function checkerStamp(script: string | undefined): string {
  try {
    const s = script ? statSync(script) : undefined;
    return s ? `${VERSION}:${s.size}:${Math.round(s.mtimeMs)}` : VERSION;
  } catch {
    return VERSION;
  }
}

/**
 * The key of one file's outcome: the checker, the options in force for it, the file as named (its
 * spelling is in the outcome; whether it was found in a folder decides skip or error) and its text.
 */
export function cacheKey(stamp: string, options: unknown, file: string, text: string): string {
  return createHash('sha1').update(`${stamp}\0${JSON.stringify(options)}\0${file}\0`).update(text).digest('base64');
}

/** `--cache-location`: a file, or a folder to hold the default file name. */
export function cachePath(location: string | undefined, cwd: string): string {
  const at = resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  try {
    return statSync(at).isDirectory() ? join(at, DEFAULT_CACHE_FILE) : at;
  } catch {
    return at;
  }
}

/** The entries a cache file holds for this checker, by absolute path; none when it is missing, unreadable, damaged or from another build. */
export function readCache(path: string, stamp: string): Map<string, CacheEntry> {
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
    if (file.stamp !== stamp || typeof file.entries !== 'object' || file.entries === null) return new Map();
    return new Map(Object.entries(file.entries).filter(([, e]) => typeof e?.key === 'string' && typeof e.outcome?.status === 'string'));
  } catch {
    return new Map();
  }
}

/** Writes the cache whole (a new file renamed over the old, so a crash never leaves half a cache); the error's text when it cannot. */
export function writeCache(path: string, stamp: string, entries: ReadonlyMap<string, CacheEntry>): string | undefined {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const file: CacheFile = { stamp, entries: Object.fromEntries(entries) };
    writeFileSync(temporary, JSON.stringify(file));
    renameSync(temporary, path);
    return undefined;
  } catch (error) {
    try { unlinkSync(temporary); } catch { /* never written */ }
    return String((error as NodeJS.ErrnoException).code ?? (error as Error).message ?? error);
  }
}
