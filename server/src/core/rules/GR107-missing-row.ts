import { tableSpec } from '../spec';
import type { Rule } from './rule';
import { TABLE_NAMES, lineSpan, text } from './support';

export const missingRow: Rule = {
  code: 'GR107', slug: 'missing-row', defaultSeverity: 'error',
  title: text('表格缺少行', 'Missing table row'),
  description: text('统计表的每一行都必须填报，即使数值为0。', 'Every row of a statistical table must be printed, even when its numbers are 0.'),
  *check({ report }) {
    for (const table of Object.values(report.tables)) {
      if (!table || table.missingRows.length === 0) continue;
      const spec = tableSpec(table.id, table.edition);
      const name = TABLE_NAMES[table.id];
      for (const key of table.missingRows) {
        const row = spec.rows.find((r) => r.key === key);
        const label = row ? `${row.group ? `${row.group} ` : ''}${row.label}` : key;
        yield {
          span: lineSpan(report, table.span.start),
          message: text(`${name['zh-CN']}缺少“${label}”一行。`, `${name.en} lacks the row “${label}” (${key}).`),
        };
      }
    }
  },
};
