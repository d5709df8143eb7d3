import { TEMPLATE_2023_FIRST_YEAR } from '../spec';
import { feesDemanded } from './GR412-fee-demanded';
import { hasPlaceholderIn } from '../placeholders';
import type { Rule } from './rule';
import { text } from './support';

/** 信息处理费, also named 信息公开处理费; PDF extraction may put spaces between the characters. */
const FEE = /信\s*息\s*(?:公\s*开\s*)?处\s*理\s*费/;

export const feeNotReported: Rule = {
  code: 'GR407', slug: 'fee-not-reported', defaultSeverity: 'information',
  title: text('未报告信息处理费收取情况', 'Information processing fee not reported'),
  description: text(
    '2021年起，第六部分应报告依据国办函〔2020〕109号收取信息处理费的情况（未收取也应说明）。信息处理费本身属于行政事业性收费，但须在第六部分单独报告，表二“行政事业性收费”的金额不能代替。表三显示发出过收费通知时由 GR412 报告。',
    'From 2021, section 六 reports the 信息处理费 collected under 国办函〔2020〕109号 (or that none was). The fee is itself a 行政事业性收费, but section 六 reports it separately; the fee amount of table 2 does not replace that. When table 3 shows fee notices were sent, GR412 reports it instead.',
  ),
  *check({ report }) {
    if (report.year === undefined || report.year < TEMPLATE_2023_FIRST_YEAR) return;
    const section = report.sections.find((s) => s.index === 6);
    if (!section || feesDemanded(report) !== undefined) return;
    // A section still holding the template's request (`（请填写…信息处理费…）`) is GR110's: one finding per section.
    if (hasPlaceholderIn(report, section.span.start, section.span.end)) return;
    if (FEE.test(report.text.slice(section.span.start, section.span.end))) return;
    yield {
      span: section.heading.span,
      message: text(
        '第六部分未提及信息处理费的收取情况（未收取也应说明）。',
        'Section 六 does not say whether any 信息处理费 was collected (say so even when none was).',
      ),
    };
  },
};
