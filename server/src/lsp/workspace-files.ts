import { statSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver';
import { onNativePath } from '../shared/native-names';
import { readReport } from '../shared/read-file';
import { reportFilesUnderRoots } from '../shared/report-files';

import { fileUriOfView } from './view-uri';

export { isReadablePath, READABLE_GLOB } from '../shared/report-extensions';
/** Larger files are not reports; reading them would only cost memory. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** A workspace with more candidate files than this is only partly indexed (a repository of documentation, say). */
export const MAX_WORKSPACE_FILES = 20_000;

/** The file system path of a `file:` URI; undefined for any other scheme (untitled, virtual workspaces). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export const uriOf = (path: string): string => pathToFileURL(path).toString();

/**
 * One spelling per file for `file:` URIs (editors differ in which characters they percent-encode); the
 * read-only view of a .docx/.pdf/.html file (`gov-report-view:`) stands for the file.
 */
export function canonicalUri(uri: string): string {
  const path = pathOf(fileUriOfView(uri) ?? uri);
  return path === undefined ? uri : uriOf(path);
}

export const isUnder = (path: string, root: string): boolean =>
  path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** Size and modification time: a file whose stamp is unchanged need not be read again. */
export function stampOf(path: string): string | undefined {
  try {
    const s = onNativePath(path, (at) => statSync(at));
    return s.isFile() ? `${s.size}:${s.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** A file's text, decoded as the CLI decodes it (UTF-8, BOMs, GB18030); undefined when unreadable, binary or too large. */
export function readText(path: string): { text: string; stamp: string } | undefined {
  const stamp = stampOf(path);
  if (stamp === undefined) return undefined;
  const read = readReport(path, MAX_FILE_BYTES);
  return read.kind === 'text' ? { text: read.text, stamp } : undefined;
}

/** Lets other messages (a keystroke, a cancel) through during long runs. */
export const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Long runs work in slices this long (ms) between chances for other messages. */
const SLICE_MS = 15;

/** A slice timer: `due()` says when to let other messages through. */
export function slicer(): () => boolean {
  let start = performance.now();
  return () => {
    if (performance.now() - start < SLICE_MS) return false;
    start = performance.now();
    return true;
  };
}

/**
 * Candidate report files under the roots, each once, sorted by path, walked as the CLI walks a
 * folder (shared/report-files.ts); at most `limit`. Stops early when cancelled.
 */
export async function listReportFiles(roots: readonly string[], token?: CancellationToken, limit = MAX_WORKSPACE_FILES): Promise<{ paths: string[]; truncated: boolean }> {
  const controller = new AbortController();
  const subscription = token?.onCancellationRequested(() => controller.abort());
  if (token?.isCancellationRequested) controller.abort();
  try {
    return await reportFilesUnderRoots(roots, limit, controller.signal);
  } finally {
    subscription?.dispose();
  }
}
