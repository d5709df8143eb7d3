import type { Rule } from './rule';
import { allCells, cellName, text } from './support';

export const notANumber: Rule = {
  code: 'GR202', slug: 'not-a-number', defaultSeverity: 'error',
  title: text('单元格不是数字', 'Not a number'),
  description: text('数值单元格只能填写数字（“—”“/”“无”等不是数字）。', 'A number cell holds a number (“—”, “/”, “无” are not numbers).'),
  *check({ report }) {
    for (const { cell } of allCells(report)) {
      if (cell.value.kind !== 'invalid') continue;
      const name = cellName(cell.key, report.edition);
      yield {
        span: cell.span,
        message: text(`${name['zh-CN']}应为数字，实为“${cell.value.text}”。`, `${name.en} should be a number, not “${cell.value.text}”.`),
        cells: [cell.key],
      };
    }
  },
};
