import type { Rule } from './rule';
import { allCells, cellName, text } from './support';

export const blankCell: Rule = {
  code: 'GR201', slug: 'blank-cell', defaultSeverity: 'warning',
  title: text('单元格为空', 'Blank cell'),
  description: text(
    '数值单元格不应留空。格式未明文规定没有发生的事项如何填写，通行做法是填0，建议填0。',
    'A number cell is never left blank. The format does not say in so many words what to write when nothing happened; the common practice, and the advice here, is 0.',
  ),
  *check({ report }) {
    for (const { cell } of allCells(report)) {
      if (cell.value.kind !== 'blank') continue;
      const name = cellName(cell.key, report.edition);
      yield {
        span: cell.span,
        message: text(`${name['zh-CN']}为空；没有发生的事项建议填0。`, `${name.en} is blank; 0 is advised if nothing happened.`),
        cells: [cell.key],
        fixes: [{ title: text('填入0', 'Fill in 0'), edits: [{ span: cell.span, newText: '0' }], safe: true }],
      };
    }
  },
};
