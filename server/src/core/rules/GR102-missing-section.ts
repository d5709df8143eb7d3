import { SECTIONS } from '../spec';
import type { Rule } from './rule';
import { text } from './support';
import { insertSectionFix } from './fixes';

export const missingSection: Rule = {
  code: 'GR102', slug: 'missing-section', defaultSeverity: 'error',
  title: text('缺少必备章节', 'Missing section'),
  description: text(
    '年度报告必须包含六个部分：一、总体情况 至 六、其他需要报告的事项。',
    'An annual report has six sections, 一、总体情况 to 六、其他需要报告的事项.',
  ),
  *check({ report }) {
    if (report.sections.length === 0 && !report.title) return; // not a report at all: nothing useful to say per section
    const present = new Set(report.sections.map((s) => s.index));
    for (const spec of SECTIONS) {
      if (present.has(spec.index)) continue;
      const fix = insertSectionFix(report, spec.index);
      yield {
        span: fix.anchor,
        message: text(`缺少第${spec.numeral}部分“${spec.numeral}、${spec.title}”。`, `Section ${spec.index} “${spec.numeral}、${spec.title}” is missing.`),
        fixes: [fix.fix],
      };
    }
  },
};
