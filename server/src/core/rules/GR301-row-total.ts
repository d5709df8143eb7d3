import { shortLabels } from '../spec';
import type { Rule } from './rule';
import { arithmeticFindings } from './arithmetic-rule';
import { text } from './support';

export const rowTotal: Rule = {
  code: 'GR301', slug: 'row-total', defaultSeverity: 'error',
  title: text('表三行合计不符', 'Table 3 row total'),
  description: text(
    '表三每一行的“总计”等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。',
    'In table 3 every row’s 总计 equals the sum of its six applicant columns.',
  ),
  check: (context) => arithmeticFindings(context, 'row-total', (result, { total, sum }) => {
    const row = shortLabels(result.equation.left[0]!, context.report.edition).row;
    return text(`表三“${row}”行合计不符：总计 ${total}，各列之和 ${sum}。`, `Table 3 row “${row}” does not add up: total ${total}, the columns sum to ${sum}.`);
  }),
};
