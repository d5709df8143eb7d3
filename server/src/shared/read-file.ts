import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeBytes, type Encoding } from './decode';
import { onNativePath } from './native-names';

export type ReadFailure = 'not-found' | 'permission' | 'too-large' | 'is-directory' | 'other';

export type ReadResult =
  | { readonly kind: 'text'; readonly text: string; readonly encoding: Encoding }
  | { readonly kind: 'binary' }
  | { readonly kind: 'error'; readonly failure: ReadFailure; readonly detail: string; readonly size?: number };

const failureOf = (code: unknown): ReadFailure =>
  code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found'
    : code === 'EACCES' || code === 'EPERM' ? 'permission'
      : code === 'EISDIR' ? 'is-directory' : 'other';

/** Longest wait for a pipe's writer to send more, before the file is given up as unreadable. */
const PIPE_IDLE_MS = 30_000;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** One read; on a non-blocking pipe with no data yet, waits a little and tries again. */
function readChunk(fd: number, buffer: Buffer, at: number): number {
  for (let waited = 0; ; waited += 10) {
    try {
      return readSync(fd, buffer, at, buffer.length - at, null);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EAGAIN' || waited >= PIPE_IDLE_MS) throw error;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}

/**
 * One buffer for every read, grown as needed: decoding copies the bytes into a string, so a folder of
 * reports need not allocate (and the collector reclaim) a fresh 64 KB per file.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);
/** A bigger file gets a buffer of its own, not kept: the language server lives long. */
const SCRATCH_MAX = 1024 * 1024;

function bufferFor(size: number): Buffer {
  if (size > scratch.length && size <= SCRATCH_MAX) scratch = Buffer.allocUnsafe(size);
  return size <= scratch.length ? scratch.subarray(0, size) : Buffer.allocUnsafe(size);
}

/**
 * Reads and decodes one file, never more than `maxSize` bytes: a bigger file (or a device that
 * never ends) is refused before it can fill memory.
 */
export function readReport(path: string, maxSize: number): ReadResult {
  let fd: number | undefined;
  try {
    // Non-blocking: opening a FIFO no one writes to would otherwise wait forever (it now reads as
    // empty); a pipe that is being written (`<(cat r.txt)`) is waited for in readChunk.
    fd = onNativePath(path, (at) => openSync(at, constants.O_RDONLY | constants.O_NONBLOCK));
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { kind: 'error', failure: 'is-directory', detail: 'EISDIR' };
    if (stat.size > maxSize) return { kind: 'error', failure: 'too-large', detail: 'EFBIG', size: stat.size };
    // stat.size can be 0 or stale for pipes and special files: read until EOF, up to the limit.
    let buffer = bufferFor(Math.min(maxSize + 1, Math.max(stat.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxSize) return { kind: 'error', failure: 'too-large', detail: 'EFBIG', size: length };
        const bigger = Buffer.allocUnsafe(Math.min(maxSize + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readChunk(fd, buffer, length);
      if (n === 0) break;
      length += n;
    }
    if (length > maxSize) return { kind: 'error', failure: 'too-large', detail: 'EFBIG', size: length };
    const decoded = decodeBytes(buffer.subarray(0, length));
    return 'binary' in decoded ? { kind: 'binary' } : { kind: 'text', text: decoded.text, encoding: decoded.encoding };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { kind: 'error', failure: failureOf(code), detail: typeof code === 'string' ? code : String((error as Error).message ?? error) };
  } finally {
    if (fd !== undefined) {
      try { closeSync(fd); } catch { /* already closed */ }
    }
  }
}
