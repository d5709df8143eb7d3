// The PDF reader: pdf.js (legacy build, for Node) parses the file in this thread. It is bundled on its
// own (dist/pdf-reader.js) and loaded only when a PDF is read.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
// Sets globalThis.pdfjsWorker: pdf.js then runs its parser here, with no worker and no module loaded by path.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { Matrix, PageContent, PageText } from './pdf-geometry';
import { multiply } from './pdf-geometry';
import { dropMarginalia, pageBlocks } from './pdf-layout';
import { rulingsOf } from './pdf-rulings';
import { ideographs } from './pdf-unicode';
import { writeBlocks } from './pdf-write';
import type { ReadDocument } from './types';

/** A PDF that cannot be read as a report: no text layer (a scan), or locked with a password. */
export class PdfUnreadable extends Error {
  constructor(readonly reason: 'no-text-layer' | 'encrypted') {
    super(reason);
  }
}

/** The CMaps shipped beside the bundle (dist/pdfjs/cmaps), else pdfjs-dist's own (development). */
function cMapDir(): string {
  for (const dir of [join(__dirname, 'pdfjs', 'cmaps'), join(__dirname, '..', '..', '..', 'node_modules', 'pdfjs-dist', 'cmaps')]) {
    if (existsSync(dir)) return `${dir}/`;
  }
  return `${join(__dirname, 'pdfjs', 'cmaps')}/`;
}

/**
 * Where pdf.js puts the `@font-face` rules of the PDF's fonts: nowhere. With font faces disabled instead
 * (the usual advice for Node), its operator lists build every glyph's outline for drawing on a canvas: a
 * fifth of a Chinese PDF's read, for text and ruling lines that never use them. A stand-in document
 * that takes the rules and drops them costs one base64 string per font.
 */
const FONT_RULES_DROPPED = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

interface TextItemLike { readonly str: string; readonly transform: Matrix; readonly width: number }

async function readPage(doc: pdfjs.PDFDocumentProxy, number: number): Promise<PageContent> {
  const page = await doc.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as unknown as Matrix;
  const texts: PageText[] = [];
  for (const item of (await page.getTextContent()).items as unknown as TextItemLike[]) {
    if (typeof item.str !== 'string' || item.str === '') continue;
    const m = multiply(view, item.transform);
    // Rotated runs (side-bars, stamps) are not part of the report's reading order.
    if (Math.abs(m[1]) > 0.01 || Math.abs(m[2]) > 0.01) continue;
    const size = Math.abs(m[3]) || Math.hypot(m[2], m[3]);
    texts.push({ text: ideographs(item.str), x: m[4], y: m[5], width: item.width * (viewport.scale || 1), size });
  }
  const list = await page.getOperatorList();
  const rulings = rulingsOf(list.fnArray, list.argsArray, pdfjs.OPS, view);
  page.cleanup();
  return { number, width: viewport.width, height: viewport.height, texts, rulings };
}

/**
 * A PDF → the report's text: every page's text layer in reading order, tables rebuilt from their ruling
 * lines as pipe tables, running heads and page numbers dropped; places are page and line. Scripts in the
 * PDF never run (no eval, no scripting, no fonts loaded into the system).
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadDocument> {
  let doc: pdfjs.PDFDocumentProxy;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes), // a copy: pdf.js takes the buffer over, and refuses a Node Buffer
      cMapUrl: cMapDir(),
      cMapPacked: true,
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: false,
      ownerDocument: FONT_RULES_DROPPED,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') throw new PdfUnreadable('encrypted');
    throw error;
  }
  try {
    const pages: PageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n));
    if (!pages.some((p) => p.texts.some((t) => t.text.trim() !== ''))) throw new PdfUnreadable('no-text-layer');
    const blocks = dropMarginalia(pages.map(pageBlocks));
    return { format: 'pdf', ...writeBlocks(blocks).result() };
  } finally {
    await doc.destroy();
  }
}
