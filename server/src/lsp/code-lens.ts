import type { CodeLens } from 'vscode-languageserver';
import type { Table } from '../core/model';
import { toPosition } from './convert';
import type { Analysis } from './documents';
import { say } from './messages';

/**
 * What a table's lens says when its sums hold: 表三 has the 勾稽关系 (一 + 二 = 三 + 四) besides its totals;
 * 表四 has totals only.
 */
const BALANCED: Readonly<Partial<Record<Table['id'], { ok: [string, string]; unchecked: [string, string] }>>> = {
  s3: { ok: ['勾稽关系平衡', 'Table balances'], unchecked: ['勾稽关系无法核对', 'Balance cannot be checked'] },
  s4: { ok: ['合计相符', 'Totals add up'], unchecked: ['合计无法核对', 'Totals cannot be checked'] },
};

/** What the lens above a table says: its equations hold (in that table's words), or how many do not. */
export function lensTitle(analysis: Analysis, table: Table): string | undefined {
  const results = analysis.equations().filter((r) => r.equation.left[0]?.startsWith(`${table.id}.`));
  const words = BALANCED[table.id];
  if (results.length === 0 || !words) return undefined;
  const locale = analysis.settings.locale;
  const failing = results.filter((r) => r.holds === false).length;
  const unchecked = results.filter((r) => r.holds === undefined).length;
  const [ok, okEn] = words.ok;
  if (failing > 0) return say(locale, `✗ ${failing} 处合计不符`, `✗ ${failing} total${failing === 1 ? '' : 's'} do not add up`);
  if (unchecked === results.length) return say(locale, `– ${words.unchecked[0]}（单元格空白或缺失）`, `– ${words.unchecked[1]} (blank or missing cells)`);
  if (unchecked > 0) return say(locale, `✓ ${ok}（${unchecked} 处因空白未核对）`, `✓ ${okEn} (${unchecked} not checked: blank cells)`);
  return say(locale, `✓ ${ok}`, `✓ ${okEn}`);
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
