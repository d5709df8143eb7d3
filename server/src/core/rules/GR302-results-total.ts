import { shortLabels } from '../spec';
import type { Rule } from './rule';
import { arithmeticFindings } from './arithmetic-rule';
import { text } from './support';

export const resultsTotal: Rule = {
  code: 'GR302', slug: 'results-total', defaultSeverity: 'error',
  title: text('表三办理结果总计不符', 'Table 3 results total'),
  description: text(
    '表三“（七）总计”每一列等于（一）至（六）各项办理结果之和。',
    'In table 3, （七）总计 of each column equals the sum of the result rows （一）–（六）.',
  ),
  check: (context) => arithmeticFindings(context, 'results-total', (result, { total, sum }) => {
    const column = shortLabels(result.equation.left[0]!, context.report.edition).column;
    return text(`表三“${column}”列办理结果总计不符：总计 ${total}，各项结果之和 ${sum}。`, `Table 3 column “${column}”: results total does not add up: total ${total}, the results sum to ${sum}.`);
  }),
};
