import type { CodeLens } from 'vscode-languageserver';
import type { Table } from '../core/model';
import { toPosition } from './convert';
import type { Analysis } from './documents';
import { say } from './messages';

/** What the lens above a table says: its equations balance, or how many do not. */
export function lensTitle(analysis: Analysis, table: Table): string | undefined {
  const results = analysis.equations().filter((r) => r.equation.left[0]?.startsWith(`${table.id}.`));
  if (results.length === 0) return undefined;
  const locale = analysis.settings.locale;
  const failing = results.filter((r) => r.holds === false).length;
  const unchecked = results.filter((r) => r.holds === undefined).length;
  if (failing > 0) return say(locale, `✗ ${failing} 处合计不符`, `✗ ${failing} total${failing === 1 ? '' : 's'} do not add up`);
  if (unchecked === results.length) return say(locale, '– 勾稽关系无法核对（单元格空白或缺失）', '– Totals cannot be checked (blank or missing cells)');
  if (unchecked > 0) return say(locale, `✓ 勾稽关系平衡（${unchecked} 处因空白未核对）`, `✓ Totals balance (${unchecked} not checked: blank cells)`);
  return say(locale, '✓ 勾稽关系平衡', '✓ Totals balance');
}

/** A lens above each table that has arithmetic (表三, 表四); switched off by `govReport.codeLens`. */
export function codeLenses(analysis: Analysis | undefined): CodeLens[] {
  if (!analysis || !analysis.settings.codeLens) return [];
  const lenses: CodeLens[] = [];
  for (const table of Object.values(analysis.result.report.tables)) {
    if (!table) continue;
    const title = lensTitle(analysis, table);
    if (!title) continue;
    const start = toPosition(analysis, table.span.start);
    // An empty command id: the lens is a label, not a button.
    lenses.push({ range: { start, end: start }, command: { title, command: '' } });
  }
  return lenses;
}
