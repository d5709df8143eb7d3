import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { cellAt, explainCell, explainRowLabel } from '../core/explain';
import { explainProseNumber } from '../core/prose';
import { cellMarkdown, proseMarkdown, rowMarkdown } from './hover-markdown';
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
    if (explanation) return { contents: { kind: MarkupKind.Markdown, value: cellMarkdown(explanation, locale) }, range: toRange(analysis, cell.span) };
  }
  const row = explainRowLabel(report, offset, locale);
  if (row) return { contents: { kind: MarkupKind.Markdown, value: rowMarkdown(row, locale) }, range: toRange(analysis, row.row.labelSpan) };
  const prose = explainProseNumber(report, offset, locale);
  if (prose) return { contents: { kind: MarkupKind.Markdown, value: proseMarkdown(prose, locale) }, range: toRange(analysis, prose.mention.span) };
  return null;
}
