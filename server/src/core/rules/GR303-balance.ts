import { shortLabels } from '../spec';
import type { Rule } from './rule';
import { arithmeticFindings } from './arithmetic-rule';
import { text } from './support';

export const balance: Rule = {
  code: 'GR303', slug: 'balance', defaultSeverity: 'error',
  title: text('表三勾稽关系不平衡', 'Table 3 balance (勾稽关系)'),
  description: text(
    '表三每一列：第一项加第二项之和，等于第三项加第四项之和（本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理）。',
    'In each column of table 3: new + carried over = results total + carried to next year (the 勾稽关系).',
  ),
  check: (context) => arithmeticFindings(context, 'balance', (result, { total: l, sum: r }) => {
    const column = shortLabels(result.equation.left[0]!, context.report.edition).column;
    return text(
      `表三“${column}”列勾稽关系不平衡：一 + 二 = ${l}，三（七）+ 四 = ${r}。`,
      `Table 3 column “${column}” does not balance: 一 + 二 = ${l}, 三（七） + 四 = ${r}.`,
    );
  }),
};
