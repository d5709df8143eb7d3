import { toNumber } from '../core/decimal';
import type { Report } from '../core/model';
import { CHINESE_NUMERALS, tableSpec, type Edition, type TableId } from '../core/spec';

const TABLES: readonly TableId[] = ['s2', 's3', 's4'];

const specKeys = (id: TableId, edition: Edition): string[] =>
  tableSpec(id, edition).rows.flatMap((row) => row.columns.map((c) => `${id}.${row.key}.${c.key}`));

/**
 * Every cell key of both editions in the spec's order: each table's 2023 keys, with the 2019-only
 * keys placed after the key that precedes them in the 2019 table (so `s3.other.*` sits before
 * `s3.other.no_correction.*`).
 */
export const SPEC_KEY_ORDER: readonly string[] = TABLES.flatMap((id) => {
  const merged = specKeys(id, '2023');
  let previous = -1;
  for (const key of specKeys(id, '2019')) {
    const at = merged.indexOf(key);
    if (at >= 0) { previous = at; continue; }
    merged.splice(previous + 1, 0, key);
    previous++;
  }
  return merged;
});

const RANK = new Map(SPEC_KEY_ORDER.map((k, i) => [k, i]));

/** Sorts keys by the spec's order; keys the spec does not know go last, alphabetically. */
export const sortKeys = (keys: Iterable<string>): string[] =>
  [...keys].sort((a, b) => (RANK.get(a) ?? Infinity) - (RANK.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));

/** The cells the text fixes: number → its value, printed blank → null; ambiguous, invalid and absent cells left out. */
export function extractCells(report: Report): Record<string, number | null> {
  const cells: Record<string, number | null> = {};
  const found: [string, number | null][] = [];
  for (const id of TABLES) {
    const table = report.tables[id];
    if (!table) continue;
    const ambiguous = new Set(table.ambiguities.flatMap((a) => a.keys));
    for (const [key, cell] of table.cells) {
      if (ambiguous.has(key)) continue;
      if (cell.value.kind === 'number') found.push([key, toNumber(cell.value.value)]);
      else if (cell.value.kind === 'blank') found.push([key, null]);
    }
  }
  const order = new Map(found);
  for (const key of sortKeys(order.keys())) cells[key] = order.get(key)!;
  return cells;
}

/** The numerals of the sections the report has, in the template's order (`["一", "二", …]`). */
export const sectionsPresent = (report: Report): string[] =>
  [...new Set(report.sections.map((s) => s.index))].sort((a, b) => a - b).map((i) => CHINESE_NUMERALS[i - 1] ?? String(i));
