import type { Report, Section, Table } from '../model';
import { SECTIONS, type Edition, type TableId } from '../spec';
import { tokenize } from './fields';
import { findPeriod, findSigningDate, findTitle } from './meta';
import { findSections } from './sections';
import { parseTable4 } from './table4';
import { editionForYear, parseTable2, parseTable3 } from './tables';
import { splitLines, type Line } from './text';

/** Words that mark a table when its section heading is missing. */
const FALLBACK_ANCHORS: Record<TableId, readonly string[]> = {
  s2: ['第二十条第'],
  s3: ['勾稽关系', '申请人情况', '本年新收政府信息公开申请'],
  s4: ['未经复议直接起诉', '复议后起诉'],
};

const linesIn = (lines: readonly Line[], start: number, end: number): Line[] =>
  lines.filter((l) => l.start >= start && l.end <= end);

/** Candidate regions for a table: the body of each section that holds it, else the text after its header words. */
function regions(text: string, lines: readonly Line[], sections: readonly Section[], id: TableId): Line[][] {
  const index = SECTIONS.find((s) => s.table === id)!.index;
  const own = sections.filter((s) => s.index === index);
  if (own.length > 0) return own.map((s) => linesIn(lines, s.heading.span.end, s.span.end));
  const out: Line[][] = [];
  for (const anchor of FALLBACK_ANCHORS[id]) {
    const at = text.indexOf(anchor);
    if (at < 0) continue;
    const lineStart = lines.find((l) => l.end >= at)?.start ?? at;
    const next = sections.find((s) => s.span.start > at);
    out.push(linesIn(lines, lineStart, next?.span.start ?? text.length));
    break;
  }
  return out;
}

function firstTable(text: string, lines: readonly Line[], sections: readonly Section[], id: TableId, read: (lines: Line[]) => Table | undefined): Table | undefined {
  for (const region of regions(text, lines, sections, id)) {
    const t = read(region);
    if (t) return t;
  }
  return undefined;
}

function parse(text: string): Report {
  const lines = splitLines(text);
  const lineStarts = lines.map((l) => l.start);
  const sections = findSections(text, lines);
  const title = findTitle(text, lines, sections[0]?.span.start ?? text.length);
  const period = findPeriod(text);
  const year = title.year ?? period?.end.year;
  const signingDate = findSigningDate(text, lines, sections);

  const s2 = firstTable(text, lines, sections, 's2', (r) => parseTable2(tokenize(text, r), year));
  const s3 = firstTable(text, lines, sections, 's3', (r) => parseTable3(tokenize(text, r), s2?.edition ?? editionForYear(year)));
  let edition: Edition;
  if (s2?.edition === '2023' || s3?.edition === '2023') edition = '2023';
  else if (s2 || s3) edition = '2019';
  else edition = editionForYear(year);
  const s4 = firstTable(text, lines, sections, 's4', (r) => parseTable4(tokenize(text, r), edition));

  const tables: Partial<Record<TableId, Table>> = {};
  if (s2) tables.s2 = s2;
  if (s3) tables.s3 = s3;
  if (s4) tables.s4 = s4;
  return {
    text,
    ...(title.title ? { title: title.title } : {}),
    ...(title.agency ? { agency: title.agency } : {}),
    ...(year !== undefined ? { year } : {}),
    edition,
    ...(period ? { period } : {}),
    ...(signingDate ? { signingDate } : {}),
    sections,
    tables,
    lineStarts,
  };
}

/** Text → Report. Never throws; time linear in the text. */
export function parseReport(text: string): Report {
  try {
    return parse(typeof text === 'string' ? text : String(text ?? ''));
  } catch {
    // A parser bug must not take the editor down: fall back to a report with no structure.
    let lineStarts: number[] = [0];
    try {
      lineStarts = splitLines(text).map((l) => l.start);
    } catch {
      // keep [0]
    }
    return { text: typeof text === 'string' ? text : '', edition: '2023', sections: [], tables: {}, lineStarts };
  }
}
