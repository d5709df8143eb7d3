import { SECTIONS } from '../spec';
import type { Rule } from './rule';
import { text } from './support';

export const sectionNumbering: Rule = {
  code: 'GR104', slug: 'section-numbering', defaultSeverity: 'warning',
  title: text('章节编号不规范', 'Section numbering'),
  description: text(
    '章节以汉字数字加顿号编号（“二、”），编号应与章节标题一致；“2、”等阿拉伯数字编号不规范。',
    'Sections are numbered with a Chinese numeral and 、 (“二、”) matching the title; “2、” is not the prescribed numbering.',
  ),
  *check({ report }) {
    for (const section of report.sections) {
      const spec = SECTIONS[section.index - 1]!;
      const wanted = `${spec.numeral}、`;
      if (section.numberingIsChinese && section.printedNumber === section.index && section.heading.numbering === wanted) continue;
      const printed = section.heading.numbering;
      yield {
        span: section.heading.numberingSpan,
        message: text(
          `章节编号“${printed}”与标题“${spec.title}”不符，应为“${wanted}”。`,
          `Numbering “${printed}” does not match the title “${spec.title}”; expected “${wanted}”.`,
        ),
        fixes: [{
          title: text(`改为“${wanted}”`, `Change to “${wanted}”`),
          edits: [{ span: section.heading.numberingSpan, newText: wanted }],
          safe: false,
        }],
      };
    }
  },
};
