import { isRulesRowMark } from './GR415-rules-row-not-applicable';
import type { Rule } from './rule';
import { isPlaceholderText } from '../placeholders';
import { isZeroMark } from './GR206-zero-placeholder';
import { allCells, cellName, text } from './support';

export const notANumber: Rule = {
  code: 'GR202', slug: 'not-a-number', defaultSeverity: 'error',
  title: text('单元格不是数字', 'Not a number'),
  description: text(
    '数值单元格只能填写数字（表示“没有”的“—”“/”“无”见 GR206；表二“规章”行的“/”由 GR415 说明）。',
    'A number cell holds a number (marks for “none” such as “—”, “/”, “无” are GR206’s; a “/” in table 2’s 规章 row is GR415’s).',
  ),
  *check({ report }) {
    for (const { cell } of allCells(report)) {
      if (cell.value.kind !== 'invalid' || isRulesRowMark(cell) || isZeroMark(cell) || isPlaceholderText(cell.value.text)) continue;
      const name = cellName(cell.key, report.edition);
      yield {
        span: cell.span,
        message: text(`${name['zh-CN']}应为数字，实为“${cell.value.text}”。`, `${name.en} should be a number, not “${cell.value.text}”.`),
        cells: [cell.key],
      };
    }
  },
};
