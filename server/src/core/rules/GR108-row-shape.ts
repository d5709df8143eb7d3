import type { Rule } from './rule';
import { rowAnchor, TABLE_NAMES, text } from './support';

export const rowShape: Rule = {
  code: 'GR108', slug: 'row-shape', defaultSeverity: 'error',
  title: text('行的单元格数目不对', 'Wrong number of cells in a row'),
  description: text(
    '每行应有规定数目的数值单元格（表三每行7个，表四共15个）；多出或缺少的单元格无法对应到列。',
    'Each row has a fixed number of value cells (7 per row in table 3, 15 in table 4); extra or missing cells cannot be matched to columns.',
  ),
  *check({ report }) {
    for (const table of Object.values(report.tables)) {
      if (!table) continue;
      for (const row of table.rows) {
        if (!row.shape) continue;
        const name = TABLE_NAMES[table.id];
        yield {
          span: rowAnchor(report, row),
          message: text(
            `${name['zh-CN']}“${row.label}”行应有${row.shape.expected}个数值，实有${row.shape.found}个。`,
            `${name.en} row “${row.label}” should have ${row.shape.expected} values; it has ${row.shape.found}.`,
          ),
        };
      }
    }
  },
};
