import type { Finding, Fix } from './findings';
import type { Report } from './model';
import { offsetToPosition } from './positions';

/**
 * Inline suppression comments, as markdownlint and ESLint users write them:
 * `<!-- gov-report-disable-next-line GR201 -->` silences the next line;
 * `<!-- gov-report-disable GR406 -->` … `<!-- gov-report-enable GR406 -->` a stretch of lines.
 * Codes (or slugs) are separated by spaces or commas; none means every rule.
 */
const COMMENT = /<!--\s*gov-report-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;
const ALL = '*';

interface Directive {
  readonly kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  readonly line: number;
  readonly codes: readonly string[];
}

function directives(report: Report): Directive[] {
  const found: Directive[] = [];
  for (const m of report.text.matchAll(COMMENT)) {
    const codes = m[2]!.split(/[\s,，]+/).filter(Boolean);
    found.push({ kind: m[1] as Directive['kind'], line: offsetToPosition(report.lineStarts, m.index).line, codes: codes.length ? codes : [ALL] });
  }
  return found;
}

/** Whether the finding (by code or slug) starts on a line its comments silence. */
function silencer(list: readonly Directive[]): (finding: Finding, slug: string | undefined, line: number) => boolean {
  const names = (f: Finding, slug: string | undefined): string[] => [ALL, f.code, ...(slug ? [slug] : [])];
  return (finding, slug, line) => {
    const mine = names(finding, slug);
    const hits = (d: Directive): boolean => d.codes.some((c) => mine.includes(c));
    let disabled = false;
    for (const d of list) {
      if (d.line > line) break;
      if (!hits(d)) continue;
      if (d.kind === 'disable') disabled = true;
      else if (d.kind === 'enable') disabled = false;
      else if (d.kind === 'disable-next-line' && d.line === line - 1) return true;
      else if (d.kind === 'disable-line' && d.line === line) return true;
    }
    return disabled;
  };
}

/** The findings the report's suppression comments leave; all of them when it has none. */
export function applySuppressions(report: Report, findings: Finding[], slugOf: (code: string) => string | undefined): Finding[] {
  if (!report.text.includes('gov-report-')) return findings;
  const list = directives(report);
  if (list.length === 0) return findings;
  const silenced = silencer(list);
  return findings.filter((f) => !silenced(f, slugOf(f.code), offsetToPosition(report.lineStarts, f.span.start).line));
}

const eolOf = (report: Report): string => (report.text.includes('\r\n') ? '\r\n' : '\n');

/**
 * `在此处忽略 GR201`: a comment silencing this rule on the finding's line; inside a table (where a
 * comment line would cut the table in two) one pair of comments around the whole table.
 */
export function suppressionFix(report: Report, finding: Finding): Fix {
  const eol = eolOf(report);
  const table = Object.values(report.tables).find((t) => t && t.span.start <= finding.span.start && finding.span.start < t.span.end);
  const lineStart = (offset: number): number => report.lineStarts[offsetToPosition(report.lineStarts, offset).line] ?? 0;
  if (table) {
    const end = table.span.end;
    const atEnd = report.text.slice(end).match(/^[^\r\n]*(\r\n|\r|\n)?/)!;
    const after = end + atEnd[0].length;
    const closing = atEnd[1] ? `<!-- gov-report-enable ${finding.code} -->${eol}` : `${eol}<!-- gov-report-enable ${finding.code} -->`;
    return {
      title: { 'zh-CN': `在此表忽略 ${finding.code}`, en: `Ignore ${finding.code} in this table` },
      edits: [
        { span: { start: lineStart(table.span.start), end: lineStart(table.span.start) }, newText: `<!-- gov-report-disable ${finding.code} -->${eol}` },
        { span: { start: after, end: after }, newText: closing },
      ],
      safe: false,
    };
  }
  const at = lineStart(finding.span.start);
  return {
    title: { 'zh-CN': `在此处忽略 ${finding.code}`, en: `Ignore ${finding.code} here` },
    edits: [{ span: { start: at, end: at }, newText: `<!-- gov-report-disable-next-line ${finding.code} -->${eol}` }],
    safe: false,
  };
}
