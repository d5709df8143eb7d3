import { readFile } from 'node:fs/promises';
import { documentFormatOf, readDocument, type DocumentResult, type ReadFailure } from '../readers';
import { onNativePathAsync } from '../shared/native-names';
import { MAX_FILE_BYTES } from './workspace-files';

/** Largest .docx/.pdf/.html file read (they carry images and fonts besides the report's text). */
export const MAX_DOCUMENT_BYTES = 8 * MAX_FILE_BYTES;

/** Whether a path is a .docx/.pdf/.html document, read by the readers rather than as text. */
export const isDocumentPath = (path: string): boolean => documentFormatOf(path) !== undefined;

export type DocumentFailure = ReadFailure | 'too-large' | 'unreadable';

export type DocumentFileResult = DocumentResult | { readonly ok: false; readonly failure: DocumentFailure; readonly detail: string };

/** What the workspace keeps of a document: its report text, or why there is none (data only: it crosses threads). */
export type DocumentText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly failure: DocumentFailure; readonly detail: string };

/**
 * A .docx/.pdf/.html file's report text: the bytes read asynchronously, then the reader (pdf.js is
 * loaded on the first PDF). Never throws.
 */
export async function readDocumentFile(path: string): Promise<DocumentFileResult> {
  const format = documentFormatOf(path);
  if (!format) return { ok: false, failure: 'unreadable', detail: 'not a document' };
  let bytes: Uint8Array;
  try {
    bytes = await onNativePathAsync(path, (at) => readFile(at));
  } catch (e) {
    return { ok: false, failure: 'unreadable', detail: String((e as Error).message ?? e) };
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, failure: 'too-large', detail: 'EFBIG' };
  return readDocument(bytes, format);
}

/** A document's report text alone (see readDocumentFile). */
export async function documentTextOf(path: string): Promise<DocumentText> {
  const read = await readDocumentFile(path);
  return read.ok ? { ok: true, text: read.document.text } : read;
}
