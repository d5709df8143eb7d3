import { TEMPLATE_2023_FIRST_YEAR } from '../spec';
import { documentTableStyle, migrateTable } from '../templates';
import type { Rule } from './rule';
import { TABLE_NAMES, text } from './support';

export const outdatedTable: Rule = {
  code: 'GR106', slug: 'outdated-table', defaultSeverity: 'warning',
  title: text('使用了旧版表格', 'Outdated table format'),
  description: text(
    '2021年及以后的年报应使用国办公开办函〔2021〕30号规定的表格；2019年试行格式（或单行的“（六）其他处理”）已过时。',
    'Reports for 2021 and later use the tables of 国办公开办函〔2021〕30号; the 2019 trial format (or a one-row （六）其他处理) is out of date.',
  ),
  *check({ report }) {
    if (report.year === undefined || report.year < TEMPLATE_2023_FIRST_YEAR) return;
    for (const table of Object.values(report.tables)) {
      if (!table || table.edition !== '2019') continue;
      const name = TABLE_NAMES[table.id];
      const migration = migrateTable(table, documentTableStyle(report));
      const note = migration.notCarried.length ? `（未沿用：${migration.notCarried.join('、')}）` : '';
      yield {
        span: table.span,
        message: text(
          `${report.year}年度报告的${name['zh-CN']}仍使用2019年试行格式，应改用2023年标准表格。`,
          `${name.en} of this ${report.year} report uses the 2019 trial format; use the 2023 template.`,
        ),
        fixes: migration.text ? [{
          title: text(`替换为2023年标准${name['zh-CN']}并沿用原数据${note}`, `Replace with the 2023 template, carrying the values that keep their meaning`),
          edits: [{ span: table.span, newText: migration.text.replace(/\n+$/, '') }],
          safe: false,
        }] : [],
      };
    }
  },
};
