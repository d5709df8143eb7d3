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

/** A table region: text[start, end), by whole lines except where a heading runs into a line. */
interface Region {
  readonly lines: Lines;
  /** On a line that holds several section headings: a page flattened to text. */
  readonly flattened: boolean;
}

/**
 * Lines of a table region read at most: real tables (even one cell per line with blank lines between)
 * fit in a few hundred lines; the cap bounds the work on pathological input.
 */
const MAX_REGION_LINES = 6000;

const blank = (text: string, from: number, to: number): boolean => text.slice(from, to).trim() === '';

function region(text: string, lines: Lines, start: number, end: number, flattened = false): Region {
  // The rest of the heading's line, when text follows the heading on it (a flattened page); else the next line.
  let from = lines.at(start);
  if (from < lines.count && blank(text, start, lines.ends[from]!)) from++;
  let to = lines.firstAtOrAfter(end);
  // The start of the next heading's line, when the heading runs into it.
  if (to > from && lines.ends[to - 1]! > end && blank(text, lines.starts[to - 1]!, end)) to--;
  to = Math.min(to, from + MAX_REGION_LINES);
  return { lines: lines.clip(from, Math.max(from, to), start, end), flattened };
}

/** Candidate regions for a table, first to last: the body of each section that holds it, else the text after its header words. */
function* regions(text: string, lines: Lines, sections: readonly Section[], id: TableId): Generator<Region> {
  const index = SECTIONS.find((s) => s.table === id)!.index;
  const own = sections.filter((s) => s.index === index);
  if (own.length > 0) {
    // Headings per line, counted once: a year-book of reports holds thousands of sections.
    const headingsOnLine = new Map<number, number>();
    for (const s of sections) {
      const line = lines.at(s.heading.span.start);
      headingsOnLine.set(line, (headingsOnLine.get(line) ?? 0) + 1);
    }
    for (const s of own) yield region(text, lines, s.heading.span.end, s.span.end, headingsOnLine.get(lines.at(s.heading.span.start))! > 1);
    return;
  }
  for (const anchor of FALLBACK_ANCHORS[id]) {
    const at = text.indexOf(anchor);
    if (at < 0) continue;
    const next = sections.find((s) => s.span.start > at);
    yield region(text, lines, lines.starts[lines.at(at)]!, next?.span.start ?? text.length);
    return;
  }
}

function firstTable(text: string, lines: Lines, sections: readonly Section[], id: TableId, read: (tokens: Tokens) => Table | undefined): Table | undefined {
  for (const r of regions(text, lines, sections, id)) {
    const t = read(tokenize(text, r.lines, 0, r.lines.count, r.flattened));
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
