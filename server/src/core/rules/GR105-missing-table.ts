import { SECTIONS } from '../spec';
import type { Rule } from './rule';
import { TABLE_NAMES, text } from './support';
import { insertTableFix } from './fixes';

export const missingTable: Rule = {
  code: 'GR105', slug: 'missing-table', defaultSeverity: 'error',
  title: text('缺少统计表格', 'Missing table'),
  description: text(
    '第二、三、四部分各有一张规定格式的统计表（表二、表三、表四），不能只写文字。',
    'Sections 二, 三 and 四 each carry a prescribed statistical table (tables 2, 3, 4); prose alone is not enough.',
  ),
  *check({ report }) {
    for (const section of report.sections) {
      const spec = SECTIONS[section.index - 1]!;
      if (!spec.table || report.tables[spec.table]) continue;
      const name = TABLE_NAMES[spec.table];
      const fix = insertTableFix(report, section.index, section.heading.span.start);
      yield {
        span: section.heading.span,
        message: text(
          `“${spec.numeral}、${spec.title}”下缺少${name['zh-CN']}。`,
          `Section “${spec.numeral}、${spec.title}” has no ${name.en}.`,
        ),
        fixes: fix ? [fix] : [],
      };
    }
  },
};
