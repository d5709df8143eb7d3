// `check --cache`: each file's outcome kept from the last run, by the file's path, and reused while
// nothing it depends on has changed: its text, the options that apply to it (the command line and its
// project config), the locale, and the checker itself (version and build). The check runs only for
// files that changed; a changed file is read, hashed and checked as without the cache.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { FileOutcome } from './analyze';
import type { DocumentFormat, SourcePlace } from '../readers';
import { VERSION } from './version';

export const DEFAULT_CACHE_FILE = '.gov-report-cache';

/** One file's outcome and the key of everything it was computed from. */
export interface CacheEntry {
  readonly key: string;
  readonly outcome: FileOutcome;
}

/** A .docx/.pdf/.html file's text and its map back to the file, by the SHA-1 of its bytes: reading a PDF costs far more than checking its text. */
export interface DocumentEntry {
  readonly hash: string;
  readonly format: DocumentFormat;
  readonly text: string;
  readonly starts: readonly number[];
  readonly places: readonly SourcePlace[];
}

export interface CacheContents {
  readonly entries: Map<string, CacheEntry>;
  readonly documents: Map<string, DocumentEntry>;
}

interface CacheFile {
  readonly stamp: string;
  readonly entries: Record<string, CacheEntry>;
  readonly documents?: Record<string, DocumentEntry>;
}

export const bytesHash = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('base64');

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

const empty = (): CacheContents => ({ entries: new Map(), documents: new Map() });

const isDocumentEntry = (d: Partial<DocumentEntry> | undefined): boolean =>
  typeof d?.hash === 'string' && typeof d.format === 'string' && typeof d.text === 'string' && Array.isArray(d.starts) && Array.isArray(d.places) && d.starts.length === d.places.length;

/** What a cache file holds for this checker, by absolute path; nothing when it is missing, unreadable, damaged or from another build. */
export function readCache(path: string, stamp: string): CacheContents {
  try {
    // Only a regular file: a FIFO would block the read, a device is nobody's cache.
    if (!statSync(path).isFile()) return empty();
    const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
    if (file.stamp !== stamp || typeof file.entries !== 'object' || file.entries === null) return empty();
    return {
      entries: new Map(Object.entries(file.entries).filter(([, e]) => typeof e?.key === 'string' && typeof e.outcome?.status === 'string')),
      documents: new Map(Object.entries(file.documents ?? {}).filter(([, d]) => isDocumentEntry(d))),
    };
  } catch {
    return empty();
  }
}

/** writeCache's answer when the path holds something other than a file. */
export const NOT_A_FILE = 'not-a-file';

/** The rename below replaces whatever is at the path: never a device, a pipe or a folder (`--cache-location /dev/null`). */
function isFileOrMissing(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true;
  }
}

/** Writes the cache whole (a new file renamed over the old, so a crash never leaves half a cache); the error's text when it cannot. */
export function writeCache(path: string, stamp: string, contents: CacheContents): string | undefined {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  if (!isFileOrMissing(path)) return NOT_A_FILE;
  try {
    const file: CacheFile = { stamp, entries: Object.fromEntries(contents.entries), documents: Object.fromEntries(contents.documents) };
    writeFileSync(temporary, JSON.stringify(file));
    renameSync(temporary, path);
    return undefined;
  } catch (error) {
    try { unlinkSync(temporary); } catch { /* never written */ }
    return String((error as NodeJS.ErrnoException).code ?? (error as Error).message ?? error);
  }
}
