import type { Report } from './model';

/** Fewer section headings than this, and no title: the text is something else (a README, notes). */
export const MIN_SECTIONS_WITHOUT_TITLE = 3;

/**
 * Whether a parsed text looks like an annual report at all: it has at least three different ones
 * of the six section headings, or it has the report title backed by anything else a report has
 * (the year, a section heading or a table) — a README that merely names 政府信息公开工作年度报告
 * in a sentence is not one. The CLI skips other files found in folders; the editor only checks
 * Markdown and plain-text documents for which this holds.
 */
export function looksLikeReport(report: Pick<Report, 'title' | 'year' | 'sections' | 'tables'>): boolean {
  const sections = new Set(report.sections.map((s) => s.index)).size;
  if (sections >= MIN_SECTIONS_WITHOUT_TITLE) return true;
  if (report.title === undefined) return false;
  return report.year !== undefined || sections > 0 || Object.values(report.tables).some((t) => t !== undefined);
}
