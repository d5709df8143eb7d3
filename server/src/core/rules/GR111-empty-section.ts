import type { Report, Section, Span } from '../model';
import { hasPlaceholderIn } from '../placeholders';
import type { Rule } from './rule';
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
const isFigure = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

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
    const seen = new Set<number>();
    for (const section of report.sections) {
      const expects = EXPECTS[section.index];
      // A repeated heading is GR103's: only the first of each section is judged.
      if (!expects || seen.has(section.index)) continue;
      seen.add(section.index);
      if (hasPlaceholderIn(report, section.heading.span.end, section.span.end)) continue;
      const parts = bodyParts(report, section);
      const title = `${section.heading.numbering}${section.heading.title}`.trim();
      if (!anyIn(report, parts, isWord)) {
        yield {
          span: section.heading.span,
          message: text(`“${title}”下没有任何内容。`, `Section “${title}” has nothing under its heading.`),
        };
      } else if (expects.figure && !anyIn(report, parts, isFigure)) {
        yield {
          span: section.heading.span,
          message: text(`“${title}”中没有任何数字：总体情况应写明本年度的工作数据。`, `Section “${title}” gives no figure: the overview states the year’s numbers.`),
        };
      }
    }
  },
};
