import type { Rule } from './rule';
import { documentStartSpan, text } from './support';

export const missingTitle: Rule = {
  code: 'GR101', slug: 'missing-title', defaultSeverity: 'warning',
  title: text('缺少报告标题', 'Missing report title'),
  description: text(
    '报告应以“××××年政府信息公开工作年度报告”为标题，标题中的年份决定适用的表格格式。',
    'A report is titled “…<year>年政府信息公开工作年度报告”; the year in the title decides which table format applies.',
  ),
  *check({ report }) {
    if (report.title) return;
    yield {
      span: documentStartSpan(report),
      message: text('未找到报告标题（“……年政府信息公开工作年度报告”）。', 'No report title (“…年政府信息公开工作年度报告”) found.'),
    };
  },
};
