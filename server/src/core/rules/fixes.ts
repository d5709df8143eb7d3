import type { Fix } from '../findings';
import type { Report, Span } from '../model';
import { EDITION_NAMES, SECTIONS, type TableId } from '../spec';
import { documentTableStyle, renderTableTemplate } from '../templates';
import { inLineEndings, lineSpan, TABLE_NAMES, text } from './support';

const TABLE_OF_SECTION: Readonly<Record<number, TableId>> = { 2: 's2', 3: 's3', 4: 's4' };

/** Insert a section's table in the format in force right under its heading, in the document's table style. */
export function insertTableFix(report: Report, sectionIndex: number, headingOffset: number): Fix | undefined {
  const id = TABLE_OF_SECTION[sectionIndex];
  if (!id) return undefined;
  const template = renderTableTemplate(id, documentTableStyle(report));
  if (!template) return undefined;
  const at = lineSpan(report, headingOffset).end;
  return {
    title: text(
      `插入${EDITION_NAMES['2023'].short['zh-CN']}${TABLE_NAMES[id]['zh-CN']}`,
      `Insert ${TABLE_NAMES[id].en.toLowerCase()} of the ${EDITION_NAMES['2023'].short.en}`,
    ),
    edits: [{ span: { start: at, end: at }, newText: inLineEndings(report, `\n\n${template.replace(/\n+$/, '')}\n`) }],
    safe: false,
    preferred: true,
  };
}

/** Where a missing section belongs (before the next present one, else at the end), and the fix inserting it. */
export function insertSectionFix(report: Report, index: number): { anchor: Span; fix: Fix } {
  const spec = SECTIONS[index - 1]!;
  const style = report.sections[0]?.heading;
  const heading = `${style?.prefix ?? ''}${spec.numeral}、${spec.title}${style?.suffix ?? ''}`;
  const id = TABLE_OF_SECTION[index];
  const table = id ? renderTableTemplate(id, documentTableStyle(report)).replace(/\n+$/, '') : '';
  const body = table ? `\n\n${table}` : '';
  const next = report.sections.find((s) => s.index > index);
  const title = text(`插入“${spec.numeral}、${spec.title}”`, `Insert section “${spec.numeral}、${spec.title}”`);
  if (next) {
    const at = next.heading.span.start;
    const lineStart = lineSpan(report, at).start;
    return {
      anchor: next.heading.span,
      fix: { title, edits: [{ span: { start: lineStart, end: lineStart }, newText: inLineEndings(report, `${heading}${body}\n\n`) }], safe: false, preferred: true },
    };
  }
  const end = report.text.length;
  const needsBreak = end > 0 && !report.text.endsWith('\n');
  return {
    anchor: lineSpan(report, Math.max(0, end - 1)),
    fix: { title, edits: [{ span: { start: end, end }, newText: inLineEndings(report, `${needsBreak ? '\n' : ''}\n${heading}${body}\n`) }], safe: false, preferred: true },
  };
}
