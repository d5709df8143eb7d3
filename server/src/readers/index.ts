import { readDocx } from './docx';
import { readHtml } from './html';
import type { DocumentFormat, ReadDocument } from './types';

export { DOCUMENT_EXTENSIONS, LEGACY_EXTENSIONS, documentFormatOf, isLegacyOffice } from './formats';
export { formatPlace, SourceMap, type SourcePlace } from './source-map';
export type { DocumentFormat, ReadDocument } from './types';

/** Why a document gives no report text. */
export type ReadFailure = 'no-text-layer' | 'encrypted' | 'damaged';

export type DocumentResult = { readonly ok: true; readonly document: ReadDocument } | { readonly ok: false; readonly failure: ReadFailure; readonly detail: string };

type PdfReader = typeof import('./pdf');

/**
 * Built-ins that pdf.js's legacy build (the one for Node 20) replaces with its polyfills (core-js) although
 * Node has them: for the whole process, and slower (`Array.prototype.push` in JavaScript cost a tenth of
 * a PDF read, and every check after it). Put back once pdf.js is loaded; what it adds (Promise.withResolvers,
 * iterator helpers…) stays.
 */
const REPLACED_NATIVES: readonly (readonly [object, PropertyKey])[] = [[Array.prototype, 'push'], [JSON, 'parse'], [Function.prototype, 'toString']];
let pdfReader: PdfReader | undefined;

/**
 * The PDF reader (pdf.js) is loaded on the first PDF only: in the bundles it is a file of its own
 * (dist/pdf-reader.js). pdf.js prints warnings while it loads (no canvas in Node: not needed for text);
 * they are held back, since the language server's stdout is its protocol channel.
 */
function loadPdfReader(): PdfReader {
  if (pdfReader) return pdfReader;
  const saved = { log: console.log, warn: console.warn, info: console.info };
  const natives = REPLACED_NATIVES.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
  console.log = console.warn = console.info = () => undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pdfReader = require('./pdf') as PdfReader;
  } finally {
    Object.assign(console, saved);
    for (const [owner, key, descriptor] of natives) if (descriptor) Object.defineProperty(owner, key, descriptor);
  }
  return pdfReader;
}

/** Reads a .docx, .pdf or .html file's bytes. Never throws: a file that cannot be read is a failure with its reason. */
export async function readDocument(bytes: Uint8Array, format: DocumentFormat): Promise<DocumentResult> {
  try {
    if (format === 'docx') return { ok: true, document: readDocx(bytes) };
    if (format === 'html') return { ok: true, document: readHtml(bytes) };
    const { readPdf } = loadPdfReader();
    return { ok: true, document: await readPdf(bytes) };
  } catch (error) {
    const reason = (error as { reason?: unknown }).reason;
    if (reason === 'no-text-layer' || reason === 'encrypted') return { ok: false, failure: reason, detail: reason };
    return { ok: false, failure: 'damaged', detail: String((error as Error)?.message ?? error).split('\n')[0]! };
  }
}
