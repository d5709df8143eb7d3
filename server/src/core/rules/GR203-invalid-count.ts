import { formatDecimal, isInteger } from '../decimal';
import type { Cell, Report, Span, Table } from '../model';
import { rowSpecOf, tableSpec, type CellKind } from '../spec';
import type { Rule } from './rule';
import { allCells, cellName, text } from './support';

const columnKind = (table: Table, cell: Cell): CellKind =>
  rowSpecOf(tableSpec(table.id, table.edition), cell.row)?.columns.find((c) => c.key === cell.column)?.kind ?? 'count';

/** The printed cell with its unit (`123500元`): the cell's span covers the digits only. */
function cellText(report: Report, cell: Cell): Span {
  const end = report.text.startsWith('元', cell.span.end) ? cell.span.end + 1 : cell.span.end;
  return { start: cell.span.start, end };
}

export const invalidCount: Rule = {
  code: 'GR203', slug: 'invalid-count', defaultSeverity: 'error',
  title: text('数量不合法', 'Invalid count'),
  description: text(
    '件数、数量是不小于0的整数；本年增/减可为负数但须为整数；金额以万元填报（“123500元”应为12.35），不能为负。',
    'Counts are whole numbers ≥ 0; 本年增/减 may be negative but whole; amounts are in 万元 (“123500元” is 12.35) and never negative.',
  ),
  *check({ report }) {
    for (const { table, cell } of allCells(report)) {
      if (cell.value.kind !== 'number') continue;
      const value = cell.value.value;
      if (cell.value.unit === '元' && columnKind(table, cell) === 'amount') {
        // The parser read it in 万元 already: say so, and offer the figure as the column wants it.
        const name = cellName(cell.key, report.edition);
        const wan = formatDecimal(value).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
        yield {
          span: cell.span,
          message: text(
            `${name['zh-CN']}为“${cell.raw.trim()}”：本栏单位为万元，已按 ${wan} 万元核对。`,
            `${name.en} is “${cell.raw.trim()}”: the column is in 万元; checked as ${wan} 万元.`,
          ),
          cells: [cell.key],
          fixes: [{ title: text(`改为 ${wan}`, `Change to ${wan}`), edits: [{ span: cellText(report, cell), newText: wan }], safe: false }],
        };
        continue;
      }
      const negative = value.units < 0n;
      const fractional = !isInteger(value);
      // A whole number ≥ 0 fits every kind of cell: only the others need their column's kind.
      if (!negative && !fractional) continue;
      const kind = columnKind(table, cell);
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
