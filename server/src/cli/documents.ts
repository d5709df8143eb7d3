import { readFileSync, statSync } from 'node:fs';
import type { Locale } from '../core/findings';
import { lineStartsOf, type Range } from '../core/positions';
import { documentFormatOf, formatPlace, isLegacyOffice, readDocument, SourceMap, type DocumentFormat, type DocumentResult, type ReadDocument, type SourcePlace } from '../readers';
import { bytesHash } from './cache';
import type { RunCache } from './run-cache';
import type { CliDiagnostic, FileOutcome, FileSettings } from './analyze';
import { messages } from './messages';
import { onNativePath } from '../shared/native-names';

/** A .docx/.pdf/.html input read into report text before it is checked like any text file. */
export type DocumentInput = { readonly document: ReadDocument } | { readonly outcome: FileOutcome };

/**
 * Reads the document files among the inputs (in this thread: the PDF reader is asynchronous).
 * Old Office and WPS binaries, scans and damaged files become outcomes: an error when named on the
 * command line (exit 2), a skip when found in a directory.
 */
export async function readDocumentInputs(
  files: readonly { path: string; found: boolean }[], settings: Pick<FileSettings, 'locale' | 'maxSize'>, cache?: DocumentCache,
): Promise<Map<number, DocumentInput>> {
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
      const { at, size } = onNativePath(path, (spelt) => ({ at: spelt, size: statSync(spelt).size }));
      if (size > settings.maxSize) { out.set(i, { outcome: { status: 'error', file: path, message: m.cannotRead(path, m.tooLarge(`${size} B`, `${settings.maxSize} B`)) } }); continue; }
      bytes = readFileSync(at);
    } catch {
      continue; // the text path reports why (not found, permission, directory)
    }
    const read = cache ? await readCached(bytes, format, cache, cache.keyOf(path)) : await readDocument(bytes, format);
    if (read.ok) out.set(i, { document: read.document });
    else fail(read.failure === 'no-text-layer' ? m.noTextLayer(path) : read.failure === 'encrypted' ? m.encrypted(path) : m.cannotRead(path, read.detail));
  }
  return out;
}

/** `check --cache`: documents read before, by absolute path, and those of this run. */
type DocumentCache = Pick<RunCache, 'documents' | 'freshDocuments' | 'keyOf'>;

/** A document as read before when its bytes are the same (a PDF takes far longer to read than to check); else read, and kept. */
async function readCached(bytes: Uint8Array, format: DocumentFormat, cache: DocumentCache, key: string): Promise<DocumentResult> {
  const hash = bytesHash(bytes);
  const known = cache.documents.get(key);
  if (known && known.hash === hash && known.format === format) {
    cache.freshDocuments.set(key, known);
    return { ok: true, document: { format, text: known.text, map: new SourceMap(known.starts, known.places) } };
  }
  const read = await readDocument(bytes, format);
  if (read.ok) cache.freshDocuments.set(key, { hash, format, text: read.document.text, ...read.document.map.toData() });
  return read;
}

/** Where a finding is in the original file: the place, and how a reader names it (`第3页第12行`). */
export interface CliSource {
  readonly place: SourcePlace;
  readonly text: string;
}

/** The place in the original of a position in the text read from it. */
function sourceAt(document: ReadDocument, lineStarts: readonly number[], position: Range['start'], locale: Locale): CliSource | undefined {
  const place = document.map.placeAt((lineStarts[position.line] ?? 0) + position.character);
  return place && { place, text: formatPlace(place, locale) };
}

/**
 * Places in the originals: a checked document's findings name theirs, and its fixes (edits of the
 * extracted text) are dropped; related locations in a document (this one, or last year's report read
 * from a .docx/.pdf/.html input) name theirs too, in any checked file.
 */
export function withSources(outcome: FileOutcome, own: ReadDocument | undefined, documents: ReadonlyMap<string, ReadDocument>, locale: Locale): FileOutcome {
  if (outcome.status !== 'checked') return outcome;
  const starts = new Map<ReadDocument, readonly number[]>();
  const startsOf = (d: ReadDocument): readonly number[] => starts.get(d) ?? starts.set(d, lineStartsOf(d.text)).get(d)!;
  const diagnostics = outcome.diagnostics.map((d): CliDiagnostic => {
    const related = d.related?.map((r) => {
      const document = r.file === undefined ? own : documents.get(r.file);
      const source = document && sourceAt(document, startsOf(document), r.range.start, locale);
      return source ? { ...r, source } : r;
    });
    const withRelated = related ? { ...d, related } : d;
    if (!own) return withRelated;
    const { fixes: _fixes, ...rest } = withRelated;
    const source = sourceAt(own, startsOf(own), d.range.start, locale);
    return source ? { ...rest, source } : rest;
  });
  return { ...outcome, diagnostics };
}
