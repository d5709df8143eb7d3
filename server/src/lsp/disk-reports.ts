import { looksLikeReport } from '../core/detect';
import type { Report } from '../core/model';
import { parseReport } from '../core/parse';
import { lineStartsOf } from '../core/positions';
import { linkOf } from '../core/predecessor';
import { languageOfPath } from './detection';
import type { PreviousReport } from './documents';
import type { ReportIndex } from './report-index';
import { pathOf, readText } from './workspace-files';

/** Parsed reports of files on disk kept for being last year's report of another (checked in chain order, usually the one just read). */
const DISK_REPORTS_KEPT = 16;
/** Reports are written in Chinese: a text without a CJK character is not one (no need to parse it to know). */
const HAS_CJK = /[\u3400-\u9fff]/;

/** A file on disk read (and parsed, unless it has no Chinese in it). */
export interface DiskReport {
  readonly uri: string;
  readonly path: string;
  readonly stamp: string;
  readonly text: string;
  readonly report: Report | undefined;
}

export const parsedOf = (read: DiskReport): Report => read.report ?? parseReport(read.text);

/**
 * Files on disk as the index sees them: each read records its agency, year and stamp in the index;
 * the last few parsed reports are kept, to serve as last year's report without a second read.
 */
export class DiskReports {
  private readonly kept = new Map<string, PreviousReport>();

  constructor(private readonly index: ReportIndex, private readonly onGone: (canonical: string) => void) {}

  /** A kept report in the state `stamp`, if there is one (then it counts as used most recently). */
  keptAt(canonical: string, stamp: string): PreviousReport | undefined {
    const kept = this.kept.get(canonical);
    if (!kept || kept.stamp !== stamp) return undefined;
    this.kept.delete(canonical);
    this.kept.set(canonical, kept);
    return kept;
  }

  /** Reads a file and records it in the index (an unreadable one is forgotten); parsed when it has Chinese in it. */
  read(canonical: string): DiskReport | undefined {
    const path = pathOf(canonical);
    const read = path !== undefined ? readText(path) : undefined;
    if (path === undefined || !read) {
      this.onGone(canonical);
      return undefined;
    }
    this.kept.delete(canonical);
    const languageId = languageOfPath(path);
    // Only a text with Chinese in it is parsed for the index (a repository's README need not be).
    const report = HAS_CJK.test(read.text) || languageId === 'gov-report' ? parseReport(read.text) : undefined;
    this.index.setDisk(canonical, {
      stamp: read.stamp,
      languageId,
      link: report ? linkOf(report) : undefined,
      looksLike: report ? looksLikeReport(report) : false,
    });
    return { uri: canonical, path, stamp: read.stamp, text: read.text, report };
  }

  /** Keeps a parsed file as a possible last year's report, dropping the least recently used beyond the limit. */
  keep(read: DiskReport, report: Report): PreviousReport {
    const kept: PreviousReport = { uri: read.uri, stamp: read.stamp, report, text: read.text, lineStarts: lineStartsOf(read.text) };
    this.kept.delete(read.uri);
    this.kept.set(read.uri, kept);
    if (this.kept.size > DISK_REPORTS_KEPT) this.kept.delete(this.kept.keys().next().value!);
    return kept;
  }

  drop(canonical: string): void {
    this.kept.delete(canonical);
  }

  clear(): void {
    this.kept.clear();
  }
}
