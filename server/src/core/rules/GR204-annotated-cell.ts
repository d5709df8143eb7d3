import type { Rule } from './rule';
import { allCells, cellName, text } from './support';

export const annotatedCell: Rule = {
  code: 'GR204', slug: 'annotated-cell', defaultSeverity: 'information',
  title: text('单元格附带说明文字', 'Annotated cell'),
  description: text(
    '单元格中数字后附带说明（如“20（其中修订16件）”）：数字已按20核对，说明宜移到表后或第六部分。',
    'A number with text attached (“20（其中修订16件）”): the number is checked as 20; the note belongs under the table or in section 六.',
  ),
  *check({ report }) {
    for (const { cell } of allCells(report)) {
      if (cell.value.kind !== 'number' || !cell.value.annotation) continue;
      const name = cellName(cell.key, report.edition);
      yield {
        span: cell.span,
        message: text(
          `${name['zh-CN']}附带说明“${cell.value.annotation}”，已按数字核对；说明宜移至表后。`,
          `${name.en} carries the note “${cell.value.annotation}”; the number is checked, the note belongs under the table.`,
        ),
        cells: [cell.key],
      };
    }
  },
};
