import type { Cell } from '../model';
import { isRulesRowMark } from './GR415-rules-row-not-applicable';
import type { Rule } from './rule';
import { allCells, cellName, text } from './support';

/** Marks printed for “none” in a number cell: dashes, slashes, 无, 〇. */
const ZERO_MARK = /^(?:[-—–―─－]{1,4}|[/／]|无|〇)$/;

/** A cell holding a mark that stands for “none” (GR206's, not GR202's). */
export const isZeroMark = (cell: Cell): boolean =>
  cell.value.kind === 'invalid' && ZERO_MARK.test(cell.value.text.trim()) && !isRulesRowMark(cell);

export const zeroPlaceholder: Rule = {
  code: 'GR206', slug: 'zero-placeholder', defaultSeverity: 'warning',
  title: text('单元格用符号代替数字 0', 'A mark instead of 0'),
  description: text(
    '“-”“/”“无”“〇”等符号常用来表示没有发生，但统计表应填写数字 0。',
    'Marks such as “-”, “/”, “无”, “〇” often mean “none”, but the tables want the number 0.',
  ),
  *check({ report }) {
    for (const { cell } of allCells(report)) {
      if (!isZeroMark(cell)) continue;
      const name = cellName(cell.key, report.edition);
      const mark = cell.value.kind === 'invalid' ? cell.value.text.trim() : '';
      yield {
        span: cell.span,
        message: text(`${name['zh-CN']}填写的是“${mark}”，应填数字（没有发生填0）。`, `${name.en} holds “${mark}”; write a number (0 if nothing happened).`),
        cells: [cell.key],
        fixes: [{ title: text('改为 0', 'Change to 0'), edits: [{ span: cell.span, newText: '0' }], safe: false }],
      };
    }
  },
};
