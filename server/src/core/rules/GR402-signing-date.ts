import type { DateMention } from '../model';
import type { Rule } from './rule';
import { text } from './support';

const ordinal = (d: Pick<DateMention, 'year' | 'month' | 'day'>): number => d.year * 10000 + d.month * 100 + d.day;

export const signingDate: Rule = {
  code: 'GR402', slug: 'signing-date', defaultSeverity: 'warning',
  title: text('落款日期早于统计期限结束', 'Signed before the period ended'),
  description: text(
    '报告在统计期限结束后才能编制，落款日期不应早于统计期限的最后一天（常见笔误：把次年写成当年）。',
    'A report is written after its period ends; a signing date before the period’s last day is a slip (often the year).',
  ),
  *check({ report }) {
    const signed = report.signingDate;
    if (!signed) return;
    const end = report.period?.end ?? (report.year !== undefined ? { year: report.year, month: 12, day: 31 } : undefined);
    if (!end || ordinal(signed) >= ordinal(end)) return;
    yield {
      span: signed.span,
      message: text(
        `落款日期${signed.year}年${signed.month}月${signed.day}日早于统计期限结束日${end.year}年${end.month}月${end.day}日，可能应为${signed.year + 1}年。`,
        `Signed ${signed.year}-${signed.month}-${signed.day}, before the period ends on ${end.year}-${end.month}-${end.day}; perhaps ${signed.year + 1} was meant.`,
      ),
    };
  },
};
