import { SECTIONS } from '../spec';
import type { Rule } from './rule';
import { text } from './support';

export const sectionOrder: Rule = {
  code: 'GR103', slug: 'section-order', defaultSeverity: 'warning',
  title: text('章节顺序错误或重复', 'Sections out of order or repeated'),
  description: text('六个部分应按一至六的顺序各出现一次。', 'The six sections appear once each, in order 一 to 六.'),
  *check({ report }) {
    const seen = new Set<number>();
    let highest = 0;
    for (const section of report.sections) {
      const spec = SECTIONS[section.index - 1]!;
      if (seen.has(section.index)) {
        yield {
          span: section.heading.span,
          message: text(`第${spec.numeral}部分“${spec.title}”重复出现。`, `Section ${section.index} “${spec.title}” appears twice.`),
        };
      } else if (section.index < highest) {
        const after = SECTIONS[highest - 1]!;
        yield {
          span: section.heading.span,
          message: text(
            `第${spec.numeral}部分出现在第${after.numeral}部分之后，顺序应为一至六。`,
            `Section ${section.index} comes after section ${highest}; the order is 1 to 6.`,
          ),
        };
      }
      seen.add(section.index);
      highest = Math.max(highest, section.index);
    }
  },
};
