import type { Report, Section } from '../model';
import { placeholderSpans, withoutPlaceholders } from '../placeholders';
import type { Rule } from './rule';
import { text } from './support';

/** The section's own words: its text without the heading, its tables and Markdown marks. */
function ownText(report: Report, section: Section): string {
  let body = report.text.slice(section.heading.span.end, section.span.end);
  const tables = Object.values(report.tables)
    .filter((t) => t && t.span.start >= section.heading.span.end && t.span.end <= section.span.end)
    .sort((a, b) => b!.span.start - a!.span.start);
  for (const t of tables) {
    const from = t!.span.start - section.heading.span.end;
    body = body.slice(0, from) + body.slice(t!.span.end - section.heading.span.end);
  }
  return body.replace(/[#*|>\-\s　]/g, '');
}

const hasPlaceholder = (report: Report, section: Section): boolean =>
  placeholderSpans(report.text, section.heading.span.end, section.span.end).length > 0;

/** Sections whose point is their prose: 一 gives the year's figures, 五 problems and improvements, 六 other matters. */
const EXPECTS: Readonly<Record<number, { readonly figure: boolean }>> = { 1: { figure: true }, 5: { figure: false }, 6: { figure: false } };

export const emptySection: Rule = {
  code: 'GR111', slug: 'empty-section', defaultSeverity: 'warning',
  title: text('章节没有内容', 'Section with no content'),
  description: text(
    '第一部分（总体情况）应有本年度的数字，第五、六部分应有文字；只有标题的章节多半是漏写了。留有占位文字的章节由 GR110 报告。',
    'Section 一 (overview) gives figures of the year; sections 五 and 六 say something; a section with only its heading was most likely left out. Sections holding placeholder text are GR110’s.',
  ),
  *check({ report }) {
    for (const section of report.sections) {
      const expects = EXPECTS[section.index];
      if (!expects || hasPlaceholder(report, section)) continue;
      const own = withoutPlaceholders(ownText(report, section));
      const title = `${section.heading.numbering}${section.heading.title}`.trim();
      if (own === '') {
        yield {
          span: section.heading.span,
          message: text(`“${title}”下没有任何内容。`, `Section “${title}” has nothing under its heading.`),
        };
      } else if (expects.figure && !/[0-9０-９]/.test(own)) {
        yield {
          span: section.heading.span,
          message: text(`“${title}”中没有任何数字：总体情况应写明本年度的工作数据。`, `Section “${title}” gives no figure: the overview states the year’s numbers.`),
        };
      }
    }
  },
};
