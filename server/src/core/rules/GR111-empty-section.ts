import type { Report, Section, Span } from '../model';
import { hasPlaceholderIn } from '../placeholders';
import type { Rule } from './rule';
import { SAYS_NOTHING, sectionProse, squeeze } from './section-prose';
import { text } from './support';

/** The stretches of a section's body outside its tables. */
function bodyParts(report: Report, section: Section): Span[] {
  const from = section.heading.span.end;
  const tables = Object.values(report.tables)
    .filter((t) => t && t.span.start >= from && t.span.end <= section.span.end)
    .map((t) => t!.span)
    .sort((a, b) => a.start - b.start);
  const parts: Span[] = [];
  let at = from;
  for (const t of tables) {
    parts.push({ start: at, end: t.start });
    at = t.end;
  }
  parts.push({ start: at, end: section.span.end });
  return parts;
}

/** Whether any part holds a character `wanted` accepts (read in place, within the parts only). */
function anyIn(report: Report, parts: readonly Span[], wanted: (code: number) => boolean): boolean {
  for (const p of parts) for (let i = p.start; i < p.end; i++) if (wanted(report.text.charCodeAt(i))) return true;
  return false;
}

/** Words, not Markdown marks (`#*|>-`) or spacing. */
const MARKS = new Set([...'#*|>-　'].map((c) => c.charCodeAt(0)));
const isWord = (c: number): boolean => c > 32 && !MARKS.has(c) && c !== 0xa0 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x200b);

/** Sections whose point is their prose: 一 the year's work, 五 problems and improvements, 六 other matters. */
const PROSE_SECTIONS = new Set([1, 5, 6]);

export const emptySection: Rule = {
  code: 'GR111', slug: 'empty-section', defaultSeverity: 'warning',
  title: text('章节没有内容', 'Section with no content'),
  description: text(
    '第一、五、六部分应有文字：只有标题的章节多半是漏写了；第五部分只写“无”也等于没写（条例第五十条第（四）项要求写明存在的主要问题及改进情况）。留有占位文字的章节由 GR110 报告；总体情况没有数字由 GR409 提示。',
    'Sections 一, 五 and 六 say something: a section with only its heading was most likely left out, and section 五 saying only “none” says nothing (Regulations Art. 50 (4) asks for the main problems and their improvement). Sections holding placeholder text are GR110’s; an overview without figures is GR409’s hint.',
  ),
  *check({ report }) {
    const seen = new Set<number>();
    for (const section of report.sections) {
      // A repeated heading is GR103's: only the first of each section is judged.
      if (!PROSE_SECTIONS.has(section.index) || seen.has(section.index)) continue;
      seen.add(section.index);
      if (hasPlaceholderIn(report, section.heading.span.end, section.span.end)) continue;
      const parts = bodyParts(report, section);
      const title = `${section.heading.numbering}${section.heading.title}`.trim();
      if (!anyIn(report, parts, isWord)) {
        yield {
          span: section.heading.span,
          message: text(`“${title}”下没有任何内容。`, `Section “${title}” has nothing under its heading.`),
        };
      } else if (section.index === 5 && SAYS_NOTHING.test(squeeze(sectionProse(report, section)))) {
        yield {
          span: section.heading.span,
          message: text(
            '第五部分只写了“无”：应写明本年度政府信息公开工作存在的主要问题及改进情况（条例第五十条第（四）项）。',
            'Section 五 only says “none”: it gives the main problems of the year’s disclosure work and their improvement (Regulations, Art. 50 (4)).',
          ),
        };
      }
    }
  },
};
