import type { Report, Section, Table } from '../model';
import { SECTIONS, type Edition, type TableId } from '../spec';
import { tokenize, type Tokens } from './fields';
import { findPeriod, findSigningDate, findTitle } from './meta';
import { findSections } from './sections';
import { parseTable4 } from './table4';
import { editionForYear, parseTable2, parseTable3 } from './tables';
import { splitLines, type Lines } from './text';

/** Words that mark a table when its section heading is missing. */
const FALLBACK_ANCHORS: Record<TableId, readonly string[]> = {
  s2: ['第二十条第'],
  s3: ['勾稽关系', '申请人情况', '本年新收政府信息公开申请'],
  s4: ['未经复议直接起诉', '复议后起诉'],
};

/** A table region: lines [from, to). */
interface Region {
  readonly from: number;
  readonly to: number;
}

/**
 * Lines of a table region read at most: real tables (even one cell per line with blank lines between)
 * fit in a few hundred lines; the cap bounds the work on pathological input.
 */
const MAX_REGION_LINES = 6000;

function region(lines: Lines, start: number, end: number): Region {
  const from = lines.firstAtOrAfter(start);
  let to = lines.firstAtOrAfter(end);
  if (to > from && lines.ends[to - 1]! > end) to--;
  return { from, to: Math.min(to, from + MAX_REGION_LINES) };
}

/** Candidate regions for a table: the body of each section that holds it, else the text after its header words. */
function regions(text: string, lines: Lines, sections: readonly Section[], id: TableId): Region[] {
  const index = SECTIONS.find((s) => s.table === id)!.index;
  const own = sections.filter((s) => s.index === index);
  if (own.length > 0) return own.map((s) => region(lines, s.heading.span.end, s.span.end));
  for (const anchor of FALLBACK_ANCHORS[id]) {
    const at = text.indexOf(anchor);
    if (at < 0) continue;
    const next = sections.find((s) => s.span.start > at);
    return [region(lines, lines.starts[lines.at(at)]!, next?.span.start ?? text.length)];
  }
  return [];
}

function firstTable(text: string, lines: Lines, sections: readonly Section[], id: TableId, read: (tokens: Tokens) => Table | undefined): Table | undefined {
  for (const r of regions(text, lines, sections, id)) {
    const t = read(tokenize(text, lines, r.from, r.to));
    if (t) return t;
  }
  return undefined;
}

function parse(text: string): Report {
  const lines = splitLines(text);
  const lineStarts = lines.starts;
  const sections = findSections(text, lines);
  const title = findTitle(text, lines, sections[0]?.span.start ?? text.length);
  const period = findPeriod(text);
  const year = title.year ?? period?.end.year;
  const signingDate = findSigningDate(text, lines, sections);

  const s2 = firstTable(text, lines, sections, 's2', (t) => parseTable2(t, year));
  const s3 = firstTable(text, lines, sections, 's3', (t) => parseTable3(t, s2?.edition ?? editionForYear(year)));
  let edition: Edition;
  if (s2?.edition === '2023' || s3?.edition === '2023') edition = '2023';
  else if (s2 || s3) edition = '2019';
  else edition = editionForYear(year);
  const s4 = firstTable(text, lines, sections, 's4', (t) => parseTable4(t, edition));

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
      lineStarts = splitLines(text).starts;
    } catch {
      // keep [0]
    }
    return { text: typeof text === 'string' ? text : '', edition: '2023', sections: [], tables: {}, lineStarts };
  }
}
