import { isInteger } from '../decimal';
import { tableSpec } from '../spec';
import type { Rule } from './rule';
import { rowSpecOf } from '../spec';
import { allCells, cellName, text } from './support';

export const invalidCount: Rule = {
  code: 'GR203', slug: 'invalid-count', defaultSeverity: 'error',
  title: text('数量不合法', 'Invalid count'),
  description: text(
    '件数、数量是不小于0的整数；本年增/减可为负数但须为整数；金额（万元）不能为负。',
    'Counts are whole numbers ≥ 0; 本年增/减 may be negative but whole; amounts in 万元 are never negative.',
  ),
  *check({ report }) {
    for (const { table, cell } of allCells(report)) {
      if (cell.value.kind !== 'number') continue;
      const value = cell.value.value;
      const negative = value.units < 0n;
      const fractional = !isInteger(value);
      // A whole number ≥ 0 fits every kind of cell: only the others need their column's kind.
      if (!negative && !fractional) continue;
      const column = rowSpecOf(tableSpec(table.id, table.edition), cell.row)?.columns.find((c) => c.key === cell.column);
      const kind = column?.kind ?? 'count';
      const bad = kind === 'amount' ? negative : kind === 'signed' ? fractional : negative || fractional;
      if (!bad) continue;
      const name = cellName(cell.key, report.edition);
      const why = kind === 'amount'
        ? text('金额不能为负数', 'an amount cannot be negative')
        : negative && kind === 'count' ? text('数量不能为负数', 'a count cannot be negative') : text('数量必须是整数', 'a count must be a whole number');
      yield {
        span: cell.span,
        message: text(`${name['zh-CN']}为“${cell.raw.trim()}”：${why['zh-CN']}。`, `${name.en} is “${cell.raw.trim()}”: ${why.en}.`),
        cells: [cell.key],
      };
    }
  },
};
