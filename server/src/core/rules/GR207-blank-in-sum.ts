import { formatDecimal } from '../decimal';
import { solution } from '../solve';
import type { Rule } from './rule';
import { cellName, cellOf, text } from './support';

export const blankInSum: Rule = {
  code: 'GR207', slug: 'blank-in-sum', defaultSeverity: 'error',
  title: text('空白单元格的值由合计确定且不为 0', 'Blank cell the sums say is not 0'),
  description: text(
    '一个空白单元格是某个等式中唯一的未知数时，它的值由其他单元格确定；该值不为 0 时说明漏填了数字。',
    'When a blank cell is the only unknown of a sum, the other cells fix its value; a value other than 0 means a number was left out.',
  ),
  *check({ report }) {
    for (const [key, value] of solution(report).forced) {
      if (value.units === 0n) continue;
      const cell = cellOf(report, key);
      if (!cell) continue;
      const v = formatDecimal(value);
      const name = cellName(key, report.edition);
      yield {
        span: cell.span,
        message: text(`${name['zh-CN']}为空，但合计表明应为 ${v}。`, `${name.en} is blank, but the sums say it is ${v}.`),
        cells: [key],
        expected: v,
        fixes: [{ title: text(`填入 ${v}`, `Fill in ${v}`), edits: [{ span: cell.span, newText: v }], safe: false, preferred: true }],
      };
    }
  },
};
