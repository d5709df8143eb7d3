import { looksLikeReport } from '../core/detect';
import type { Report } from '../core/model';
import { parseReport } from '../core/parse';
import { lineStartsOf } from '../core/positions';
import { linkOf } from '../core/predecessor';
import { languageOfPath } from './detection';
import { documentTextOf, isDocumentPath, type DocumentText } from './document-files';
import type { PreviousReport } from './documents';
import type { ReportIndex } from './report-index';
import { viewUriOf } from './view-uri';
import { pathOf, readText, stampOf } from './workspace-files';

/** Parsed reports of files on disk kept for being last year's report of another (checked in chain order, usually the one just read). */
const DISK_REPORTS_KEPT = 16;
/** Text read from .docx/.pdf/.html files kept, by state of the file: reading one again costs far more than a text file (a PDF: pdf.js). */
const DOCUMENT_TEXTS_KEPT = 256;
/** Reports are written in Chinese: a text without a CJK character is not one (no need to parse it to know). */
const HAS_CJK = /[\u3400-\u9fff]/;

/** A file on disk read (and parsed, unless it has no Chinese in it). */
export interface DiskReport {
  /** The file's canonical `file:` URI. */
  readonly uri: string;
  /** Where its text is shown: the file itself, or the read-only view of a .docx/.pdf/.html file (`gov-report-view:`). */
  readonly shownUri: string;
  readonly path: string;
  readonly stamp: string;
  readonly text: string;
  readonly report: Report | undefined;
}

export const parsedOf = (read: DiskReport): Report => read.report ?? parseReport(read.text);

/** Where a file's diagnostics and related locations go: a document's read-only view (positions are in its extracted text), else the file. */
export const shownUriOf = (canonical: string): string => {
  const path = pathOf(canonical);
  return path !== undefined && isDocumentPath(path) ? viewUriOf(canonical) : canonical;
};

/**
 * Files on disk as the index sees them: each read records its agency, year and stamp in the index;
 * the last few parsed reports are kept, to serve as last year's report without a second read. Text
 * files are read at once; .docx/.pdf/.html documents asynchronously (`load`), their text then kept
 * for the synchronous reads of the cross-year checks.
 */
export class DiskReports {
  private readonly kept = new Map<string, PreviousReport>();
  /** Documents' text by canonical URI, in the state `stamp` (undefined text: that state has no report text, e.g. a scan). */
  private readonly documentTexts = new Map<string, { readonly stamp: string; readonly text: string | undefined }>();

  constructor(
    private readonly index: ReportIndex,
    private readonly onGone: (canonical: string) => void,
    /** How a document is read (the server's worker thread: pdf.js would hold this one for the whole file). */
    private readonly readDocument: (path: string) => Promise<DocumentText> = documentTextOf,
  ) {}

  /** A kept report in the state `stamp`, if there is one (then it counts as used most recently). */
  keptAt(canonical: string, stamp: string): PreviousReport | undefined {
    const kept = this.kept.get(canonical);
    if (!kept || kept.stamp !== stamp) return undefined;
    this.kept.delete(canonical);
    this.kept.set(canonical, kept);
    return kept;
  }

  /**
   * Reads a file now and records it in the index (an unreadable one is forgotten). A document is
   * read only from the text kept for its current state: undefined when there is none (see `needsLoad`).
   */
  read(canonical: string): DiskReport | undefined {
    const path = pathOf(canonical);
    if (path !== undefined && isDocumentPath(path)) {
      const stamp = stampOf(path);
      if (stamp === undefined) {
        this.onGone(canonical);
        return undefined;
      }
      const known = this.documentTexts.get(canonical);
      return known?.stamp === stamp && known.text !== undefined ? this.record(canonical, path, stamp, known.text) : undefined;
    }
    const read = path !== undefined ? readText(path) : undefined;
    if (path === undefined || !read) {
      this.onGone(canonical);
      return undefined;
    }
    return this.record(canonical, path, read.stamp, read.text);
  }

  /** Whether `read` cannot answer for this file until `load` has read it (a document in a state not read yet). */
  needsLoad(canonical: string): boolean {
    const path = pathOf(canonical);
    if (path === undefined || !isDocumentPath(path)) return false;
    const stamp = stampOf(path);
    return stamp !== undefined && this.documentTexts.get(canonical)?.stamp !== stamp;
  }

  /** As `read`, reading a document's text (asynchronously) when its state has not been read yet. */
  async load(canonical: string): Promise<DiskReport | undefined> {
    const path = pathOf(canonical);
    if (path === undefined || !isDocumentPath(path) || !this.needsLoad(canonical)) return this.read(canonical);
    const stamp = stampOf(path)!;
    const read = await this.readDocument(path);
    // Changed again while it was read: the next event reads it in its new state.
    if (stampOf(path) !== stamp) return undefined;
    this.documentTexts.delete(canonical);
    this.documentTexts.set(canonical, { stamp, text: read.ok ? read.text : undefined });
    if (this.documentTexts.size > DOCUMENT_TEXTS_KEPT) this.documentTexts.delete(this.documentTexts.keys().next().value!);
    if (read.ok) return this.record(canonical, path, stamp, read.text);
    // No report text in it (a scan, damaged, encrypted, too large): known in this state, as no report.
    this.kept.delete(canonical);
    this.index.setDisk(canonical, { stamp, languageId: languageOfPath(path), link: undefined, looksLike: false });
    return undefined;
  }

  /** Keeps a parsed file as a possible last year's report, dropping the least recently used beyond the limit. */
  keep(read: DiskReport, report: Report): PreviousReport {
    const kept: PreviousReport = { uri: read.shownUri, stamp: read.stamp, report, text: read.text, lineStarts: lineStartsOf(read.text) };
    this.kept.delete(read.uri);
    this.kept.set(read.uri, kept);
    if (this.kept.size > DISK_REPORTS_KEPT) this.kept.delete(this.kept.keys().next().value!);
    return kept;
  }

  drop(canonical: string): void {
    this.kept.delete(canonical);
    this.documentTexts.delete(canonical);
  }

  clear(): void {
    this.kept.clear();
    this.documentTexts.clear();
  }

  /** Records a file's text in the index; parsed when it has Chinese in it (a repository's README need not be). */
  private record(canonical: string, path: string, stamp: string, text: string): DiskReport {
    this.kept.delete(canonical);
    const languageId = languageOfPath(path);
    const report = HAS_CJK.test(text) || languageId === 'gov-report' ? parseReport(text) : undefined;
    this.index.setDisk(canonical, { stamp, languageId, link: report ? linkOf(report) : undefined, looksLike: report ? looksLikeReport(report) : false });
    return { uri: canonical, shownUri: shownUriOf(canonical), path, stamp, text, report };
  }
}
