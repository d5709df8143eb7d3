import type { Fix } from '../findings';
import type { Cell, Report, Row, Span, Table } from '../model';
import { ZERO } from '../decimal';
import { solution, wouldBreak } from '../solve';
import type { Rule, RuleFinding } from './rule';
import { cellName, TABLE_NAMES, text } from './support';

const isBlank = (cell: Cell): boolean => cell.value.kind === 'blank';

function fillFix(cells: readonly Cell[], proven: boolean): Fix {
  const n = cells.length;
  return {
    title: proven
      ? text(n === 1 ? '填入 0（合计表明为 0）' : `填入 0（合计表明为 0 的 ${n} 格）`, n === 1 ? 'Fill in 0 (the sums say 0)' : `Fill in 0 (${n} cells the sums say are 0)`)
      : text(n === 1 ? '确认为 0' : `确认 ${n} 格均为 0`, n === 1 ? 'Confirm 0' : `Confirm 0 in ${n} cells`),
    edits: cells.map((c) => ({ span: c.span, newText: '0' })),
    // Only the arithmetic may turn an unknown into 0 unasked.
    safe: proven,
    ...(proven ? { preferred: true } : {}),
  };
}

type Zeros = (cells: readonly Cell[]) => { readonly proven: (c: Cell) => boolean; readonly breaks: boolean };

/**
 * The fixes of a group: all cells confirmed as 0 (unless 0 there breaks a sum); the ones the sums
 * prove 0, safely, when only some are.
 */
function groupFixes(cells: readonly Cell[], zeros: Zeros): Fix[] {
  const { proven, breaks } = zeros(cells);
  const sure = cells.filter(proven);
  if (sure.length === cells.length) return [fillFix(cells, true)];
  const all = breaks ? [] : [fillFix(cells, false)];
  return sure.length ? [fillFix(sure, true), ...all] : all;
}

const labelOr = (row: Row | undefined, cells: readonly Cell[]): Span =>
  row && row.labelSpan.end > row.labelSpan.start ? row.labelSpan : cells[0]!.span;

function tableFinding(report: Report, table: Table, cells: readonly Cell[], zeros: Zeros): RuleFinding {
  const name = TABLE_NAMES[table.id];
  return {
    span: labelOr(table.rows[0], cells),
    message: text(
      `${name['zh-CN']}有 ${cells.length} 个空白单元格，尚未填写；没有发生的事项建议填0。`,
      `${name.en} has ${cells.length} blank cells: it is not filled in yet; 0 is advised where nothing happened.`,
    ),
    related: cells.map((c) => ({ span: c.span, message: cellName(c.key, report.edition) })),
    cells: cells.map((c) => c.key),
    fixes: groupFixes(cells, zeros),
  };
}

function rowFinding(report: Report, table: Table, row: Row, cells: readonly Cell[], zeros: Zeros): RuleFinding {
  const first = cellName(cells[0]!.key, report.edition);
  const name = TABLE_NAMES[table.id];
  const label = row.label.trim();
  const message = cells.length === 1
    ? text(`${first['zh-CN']}为空；没有发生的事项建议填0。`, `${first.en} is blank; 0 is advised if nothing happened.`)
    : text(
      `${name['zh-CN']}“${label}”行有 ${cells.length} 个空白单元格；没有发生的事项建议填0。`,
      `${name.en} row “${label}” has ${cells.length} blank cells; 0 is advised where nothing happened.`,
    );
  return {
    span: cells.length === 1 ? cells[0]!.span : labelOr(row, cells),
    message,
    related: cells.map((c) => ({ span: c.span, message: cellName(c.key, report.edition) })),
    cells: cells.map((c) => c.key),
    fixes: groupFixes(cells, zeros),
  };
}

export const blankCell: Rule = {
  code: 'GR201', slug: 'blank-cell', defaultSeverity: 'warning',
  title: text('单元格为空', 'Blank cell'),
  description: text(
    '数值单元格不应留空。格式未明文规定没有发生的事项如何填写，通行做法是填0，建议填0。同一行的空白单元格合为一条提示，整张表空白时整表一条。只有合计证明为 0 的空格才会被“全部修复”填 0。',
    'A number cell is never left blank. The format does not say in so many words what to write when nothing happened; the common practice, and the advice here, is 0. Blank cells of one row are one finding, a wholly blank table one finding. Fix-all fills 0 only where the sums prove it.',
  ),
  *check({ report }) {
    const found = solution(report);
    const { forced } = found;
    const proven = (c: Cell): boolean => forced.get(c.key)?.units === 0n;
    const zeros: Zeros = (cells) => ({ proven, breaks: wouldBreak(found, new Map(cells.map((c) => [c.key, ZERO]))) });
    // A blank the sums force to a number other than 0 is GR207's.
    const reported = (c: Cell): boolean => isBlank(c) && (forced.get(c.key)?.units ?? 0n) === 0n;
    for (const table of Object.values(report.tables)) {
      if (!table || table.rows.length === 0) continue;
      const all = table.rows.flatMap((r) => r.cells);
      if (all.length > 1 && all.every(isBlank)) {
        yield tableFinding(report, table, all, zeros);
        continue;
      }
      for (const row of table.rows) {
        const cells = row.cells.filter(reported);
        if (cells.length) yield rowFinding(report, table, row, cells, zeros);
      }
    }
  },
};
