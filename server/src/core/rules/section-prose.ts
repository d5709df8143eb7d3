import type { Report, Section } from '../model';

/** The first section with this index (1…6). */
export const sectionOf = (report: Report, index: number): Section | undefined => report.sections.find((s) => s.index === index);

/** A section's own prose: the text after its heading with its tables left out. */
export function sectionProse(report: Report, section: Section): string {
  let body = '';
  let at = section.heading.span.end;
  const tables = Object.values(report.tables).filter((t) => t && t.span.end > at && t.span.start < section.span.end)
    .sort((a, b) => a!.span.start - b!.span.start);
  for (const table of tables) {
    body += report.text.slice(at, Math.max(at, table!.span.start));
    at = Math.max(at, table!.span.end);
  }
  return body + report.text.slice(at, section.span.end);
}

/** The prose of the sections with these indexes, joined. */
export const prosesOf = (report: Report, indexes: readonly number[]): string =>
  report.sections.filter((s) => indexes.includes(s.index)).map((s) => sectionProse(report, s)).join('\n');

/** Text with whitespace and Markdown marks removed, for word searches across PDF line breaks and spacing. */
export const squeeze = (text: string): string => text.replace(/[\s　*#>|]+/g, '');

/** Squeezed prose that only says there is nothing (无, 暂无, 没有…): for 五, as empty as no text (GR111), and not judged by GR411. */
export const SAYS_NOTHING = /^(?:无|暂无|没有|本年度无|本年无|不涉及)[。.]?$/;
