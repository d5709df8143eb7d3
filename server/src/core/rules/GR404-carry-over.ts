import { compare, formatDecimal } from '../decimal';
import { TABLE3_COLUMNS } from '../spec';
import type { Rule } from './rule';
import { cellName, cellOf, text } from './support';

/** This year's 二、上年结转 must be last year's 四、结转下年度继续办理, column by column. */
export const carryOver: Rule = {
  code: 'GR404', slug: 'carry-over', defaultSeverity: 'warning', needsPrevious: true,
  title: text('上年结转与上年报告不符', 'Carried over disagrees with last year'),
  description: text(
    '表三“二、上年结转政府信息公开申请数量”每一列应等于同一机关上一年度报告表三“四、结转下年度继续办理”的同一列。需要找到上一年度的报告（编辑器在工作区中、命令行在输入文件中查找同一机关、上一年度的年报）。',
    'Each column of table 3 row 二、上年结转 equals the same column of row 四、结转下年度继续办理 in the same agency’s report for the year before (found among the workspace’s reports in the editor, among the inputs on the command line).',
  ),
  *check({ report, previous }) {
    if (!previous) return;
    for (const column of TABLE3_COLUMNS) {
      const carried = cellOf(report, `s3.carried.${column.key}`);
      const before = cellOf(previous.report, `s3.carry_over.${column.key}`);
      if (carried?.value.kind !== 'number' || before?.value.kind !== 'number') continue;
      if (compare(carried.value.value, before.value.value) === 0) continue;
      const now = formatDecimal(carried.value.value);
      const then = formatDecimal(before.value.value);
      const year = previous.report.year !== undefined ? `${previous.report.year}` : '';
      yield {
        span: carried.span,
        message: text(
          `表三“上年结转”·“${column.label}”为 ${now}，而上一年度${year ? `（${year}年）` : ''}报告的“结转下年度继续办理”·“${column.label}”为 ${then}。`,
          `Table 3 carried over (${column.key}) is ${now}, but last year’s report${year ? ` (${year})` : ''} carried ${then} over to this year.`,
        ),
        related: [{
          span: before.span, file: previous.file,
          message: text(`上一年度报告：${cellName(before.key, previous.report.edition)['zh-CN']} = ${then}`, `Last year’s report: ${before.key} = ${then}`),
        }],
        fixes: [{
          title: text(`改为上一年度结转的 ${then}`, `Set to last year’s ${then}`),
          edits: [{ span: carried.span, newText: then }],
          safe: false,
        }],
        cells: [carried.key],
        expected: then,
      };
    }
  },
};
