import { readFileSync, statSync } from 'node:fs';
import type { Locale } from '../core/findings';
import { lineStartsOf } from '../core/positions';
import { documentFormatOf, formatPlace, isLegacyOffice, readDocument, type ReadDocument, type SourcePlace } from '../readers';
import type { CliDiagnostic, FileOutcome, FileSettings } from './analyze';
import { messages } from './messages';
import { nativePath } from '../shared/native-names';

/** A .docx/.pdf/.html input read into report text before it is checked like any text file. */
export type DocumentInput = { readonly document: ReadDocument } | { readonly outcome: FileOutcome };

/**
 * Reads the document files among the inputs (in this thread: the PDF reader is asynchronous).
 * Old Office and WPS binaries, scans and damaged files become outcomes: an error when named on the
 * command line (exit 2), a skip when found in a directory.
 */
export async function readDocumentInputs(files: readonly { path: string; found: boolean }[], settings: Pick<FileSettings, 'locale' | 'maxSize'>): Promise<Map<number, DocumentInput>> {
  const m = messages(settings.locale);
  const out = new Map<number, DocumentInput>();
  for (let i = 0; i < files.length; i++) {
    const { path, found } = files[i]!;
    const fail = (message: string): void => { out.set(i, { outcome: found ? { status: 'skipped', file: path, message } : { status: 'error', file: path, message } }); };
    if (isLegacyOffice(path)) { fail(m.legacyOffice(path)); continue; }
    const format = documentFormatOf(path);
    if (!format) continue;
    let bytes: Uint8Array;
    try {
      const native = nativePath(path);
      const size = statSync(native).size;
      if (size > settings.maxSize) { out.set(i, { outcome: { status: 'error', file: path, message: m.cannotRead(path, m.tooLarge(`${size} B`, `${settings.maxSize} B`)) } }); continue; }
      bytes = readFileSync(native);
    } catch {
      continue; // the text path reports why (not found, permission, directory)
    }
    const read = await readDocument(bytes, format);
    if (read.ok) out.set(i, { document: read.document });
    else fail(read.failure === 'no-text-layer' ? m.noTextLayer(path) : read.failure === 'encrypted' ? m.encrypted(path) : m.cannotRead(path, read.detail));
  }
  return out;
}

/** Where a finding is in the original file: the place, and how a reader names it (`第3页第12行`). */
export interface CliSource {
  readonly place: SourcePlace;
  readonly text: string;
}

/** Checked document: each finding also names its place in the original; fixes (edits of the extracted text) are dropped. */
export function withSources(outcome: FileOutcome, document: ReadDocument, locale: Locale): FileOutcome {
  if (outcome.status !== 'checked') return outcome;
  const lineStarts = lineStartsOf(document.text);
  const diagnostics = outcome.diagnostics.map((d): CliDiagnostic => {
    const place = document.map.placeAt((lineStarts[d.range.start.line] ?? 0) + d.range.start.character);
    const { fixes: _fixes, ...rest } = d;
    return place ? { ...rest, source: { place, text: formatPlace(place, locale) } } : rest;
  });
  return { ...outcome, diagnostics };
}
