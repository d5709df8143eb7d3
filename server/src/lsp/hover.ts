import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { cellAt, explainCell, explainRowLabel } from '../core/explain';
import { explainProseNumber, proseMentionAt } from '../core/prose';
import { toOffset, toRange } from './convert';
import type { Analysis } from './documents';

/** A number cell: its path and its equations with ✓/✗; a row label: what the row counts; a figure in the prose: the table's. */
export function hover(analysis: Analysis | undefined, params: HoverParams): Hover | null {
  if (!analysis) return null;
  const { report } = analysis.result;
  const offset = toOffset(analysis, params.position);
  const locale = analysis.settings.locale;
  const cell = cellAt(report, offset);
  if (cell) {
    const explanation = explainCell(report, cell.key, locale);
    if (explanation?.markdown) {
      return { contents: { kind: MarkupKind.Markdown, value: explanation.markdown }, range: toRange(analysis, cell.span) };
    }
  }
  const row = explainRowLabel(report, offset, locale);
  if (row?.markdown) {
    return { contents: { kind: MarkupKind.Markdown, value: row.markdown }, range: toRange(analysis, row.row.labelSpan) };
  }
  const mention = proseMentionAt(report, offset);
  const prose = mention && explainProseNumber(report, offset, locale);
  if (mention && prose) return { contents: { kind: MarkupKind.Markdown, value: prose }, range: toRange(analysis, mention.span) };
  return null;
}
