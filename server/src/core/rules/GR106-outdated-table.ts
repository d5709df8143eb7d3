import { EDITION_NAMES } from '../spec';
import { documentTableStyle, migrateTable } from '../templates';
import type { Rule } from './rule';
import { firstLineOf, inLineEndings, isOutdated, rowAnchor, TABLE_NAMES, text } from './support';

export const outdatedTable: Rule = {
  code: 'GR106', slug: 'outdated-table', defaultSeverity: 'warning',
  title: text('使用了旧版表格', 'Outdated table format'),
  description: text(
    '2021年及以后的年报应使用现行格式（国办公开办函〔2021〕30号）的表格；2019年试行格式（国办公开办函〔2019〕60号，或单行的“（六）其他处理”）已过时。',
    'Reports for 2021 and later use the tables of the 2021 format in force (国办公开办函〔2021〕30号); the 2019 trial format (国办公开办函〔2019〕60号, or a one-row （六）其他处理) is out of date.',
  ),
  *check({ report }) {
    for (const table of Object.values(report.tables)) {
      // 表四 is the same in both editions: nothing to migrate.
      if (!table || table.id === 's4' || !isOutdated(report, table)) continue;
      const name = TABLE_NAMES[table.id];
      const migration = migrateTable(table, documentTableStyle(report));
      const note = migration.notCarried.length ? `（未沿用：${migration.notCarried.join('、')}）` : '';
      const firstRow = table.rows[0];
      yield {
        span: firstRow ? rowAnchor(report, firstRow) : firstLineOf(report, table.span),
        message: text(
          `${report.year}年度报告的${name['zh-CN']}仍使用${EDITION_NAMES['2019'].full['zh-CN']}，应改用${EDITION_NAMES['2023'].full['zh-CN']}。`,
          `${name.en} of this ${report.year} report uses the ${EDITION_NAMES['2019'].full.en}; use the ${EDITION_NAMES['2023'].full.en}.`,
        ),
        fixes: migration.text ? [{
          title: text(
            `替换为${EDITION_NAMES['2023'].short['zh-CN']}${name['zh-CN']}并沿用原数据${note}`,
            `Replace with ${name.en.toLowerCase()} of the ${EDITION_NAMES['2023'].short.en}, carrying the values that keep their meaning`,
          ),
          edits: [{ span: table.span, newText: inLineEndings(report, migration.text.replace(/\n+$/, '')) }],
          safe: false,
          preferred: true,
        }] : [],
      };
    }
  },
};
