import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Span } from '../core/model';
import { toPosition } from './convert';
import type { Analysis } from './documents';

/** The lines a span covers, without the blank lines that trail it. */
function lines(analysis: Analysis, span: Span): { start: number; end: number } {
  let end = span.end;
  while (end > span.start && /\s/.test(analysis.text[end - 1] ?? '')) end--;
  return { start: toPosition(analysis, span.start).line, end: toPosition(analysis, Math.max(span.start, end - 1)).line };
}

/** One range per section (heading to its last line) and one per table. */
export function foldingRanges(analysis: Analysis | undefined): FoldingRange[] {
  if (!analysis) return [];
  const { report } = analysis.result;
  const ranges: FoldingRange[] = [];
  for (const section of report.sections) {
    const { start, end } = lines(analysis, section.span);
    if (end > start) ranges.push({ startLine: start, endLine: end });
  }
  for (const table of Object.values(report.tables)) {
    if (!table) continue;
    const { start, end } = lines(analysis, table.span);
    if (end > start) ranges.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
