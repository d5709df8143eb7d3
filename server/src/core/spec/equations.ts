import { TABLE3_COLUMNS, RESULT_ROW_PREFIXES } from './table3';
import { TABLE4 } from './table4';
import { cellKey, type Equation, type TableSpec } from './types';

const APPLICANT_COLUMNS = TABLE3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);
export const isResultRow = (rowKey: string): boolean =>
  RESULT_ROW_PREFIXES.some((p) => (p.endsWith('.') ? rowKey.startsWith(p) : rowKey === p || rowKey.startsWith(`${p}.`)));

/** Every sum the spec requires of 表三 in the given layout (row totals, results total, balance). */
export function table3Equations(table: TableSpec): Equation[] {
  const equations: Equation[] = [];
  for (const row of table.rows) {
    equations.push({
      id: `row-total:${row.key}`, kind: 'row-total',
      left: [cellKey('s3', row.key, 'total')],
      right: APPLICANT_COLUMNS.map((c) => cellKey('s3', row.key, c)),
    });
  }
  const resultRows = table.rows.filter((r) => isResultRow(r.key)).map((r) => r.key);
  for (const column of TABLE3_COLUMNS) {
    equations.push({
      id: `results-total:${column.key}`, kind: 'results-total',
      left: [cellKey('s3', 'total', column.key)],
      right: resultRows.map((r) => cellKey('s3', r, column.key)),
    });
  }
  for (const column of TABLE3_COLUMNS) {
    equations.push({
      id: `balance:${column.key}`, kind: 'balance',
      left: [cellKey('s3', 'new', column.key), cellKey('s3', 'carried', column.key)],
      right: [cellKey('s3', 'total', column.key), cellKey('s3', 'carry_over', column.key)],
    });
  }
  return equations;
}

export function table4Equations(): Equation[] {
  return TABLE4.rows.map((group) => ({
    id: `case-total:${group.key}`, kind: 'case-total' as const,
    left: [cellKey('s4', group.key, 'total')],
    right: ['upheld', 'corrected', 'other', 'pending'].map((c) => cellKey('s4', group.key, c)),
  }));
}
