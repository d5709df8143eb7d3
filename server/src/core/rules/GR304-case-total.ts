import { shortLabels } from '../spec';
import type { Rule } from './rule';
import { arithmeticFindings } from './arithmetic-rule';
import { text } from './support';

export const caseTotal: Rule = {
  code: 'GR304', slug: 'case-total', defaultSeverity: 'error',
  title: text('表四总计不符', 'Table 4 case total'),
  description: text(
    '表四行政复议、未经复议直接起诉、复议后起诉三组，每组“总计”等于结果维持、结果纠正、其他结果、尚未审结之和。',
    'In table 4, each group’s 总计 equals upheld + corrected + other + pending.',
  ),
  check: (context) => arithmeticFindings(context, 'case-total', (result, { total, sum }) => {
    const group = shortLabels(result.equation.left[0]!, context.report.edition).row;
    return text(`表四“${group}”总计不符：总计 ${total}，各项之和 ${sum}。`, `Table 4 “${group}” total does not add up: total ${total}, the parts sum to ${sum}.`);
  }),
};
