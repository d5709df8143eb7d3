import type { Rule } from './rule';
import { text } from './support';

export const periodYear: Rule = {
  code: 'GR401', slug: 'period-year', defaultSeverity: 'warning',
  title: text('统计期限与报告年度不符', 'Period and title year disagree'),
  description: text(
    '“本报告中所列数据的统计期限自××××年1月1日起至××××年12月31日止”中的年份应与标题年份一致。',
    'The years of the statistical period sentence match the year in the title.',
  ),
  *check({ report }) {
    const period = report.period;
    if (!period || report.year === undefined) return;
    if (period.start.year === report.year && period.end.year === report.year) return;
    yield {
      span: period.span,
      message: text(
        `统计期限（${period.start.year}年${period.start.month}月${period.start.day}日至${period.end.year}年${period.end.month}月${period.end.day}日）与标题年份${report.year}年不符。`,
        `The statistical period (${period.start.year}-${period.start.month}-${period.start.day} to ${period.end.year}-${period.end.month}-${period.end.day}) does not match the title year ${report.year}.`,
      ),
    };
  },
};
