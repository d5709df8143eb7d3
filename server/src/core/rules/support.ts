import { derive, derivedData } from '../derived';
import { offsetToPosition } from '../positions';
import { englishShortLabels, shortLabels, TEMPLATE_2023_FIRST_YEAR } from '../spec';
import { TABLE_NAMES } from '../spec/english';
import type { Localized } from '../findings';
import type { Cell, Report, Row, Span, Table } from '../model';

import { text } from '../locale';

export { text };

/** The span of the line holding `offset`, without its line break. */
export function lineSpan(report: Report, offset: number): Span {
  const line = offsetToPosition(report.lineStarts, offset).line;
  const start = report.lineStarts[line] ?? 0;
  let end = report.lineStarts[line + 1] ?? report.text.length;
  while (end > start && (report.text[end - 1] === '\n' || report.text[end - 1] === '\r')) end--;
  return { start, end };
}

/** Inserted text in the document's own line endings (a CRLF document stays CRLF). */
export const inLineEndings = (report: Report, inserted: string): string =>
  report.text.includes('\r\n') ? inserted.replace(/\r?\n/g, '\r\n') : inserted;

/** Where the first line with text is: findings about the whole document point there. */
export function documentStartSpan(report: Report): Span {
  const m = /\S/.exec(report.text);
  return lineSpan(report, m ? m.index : 0);
}

/**
 * A 2019-format table is outdated only in a report for 2021 or later: for 2019 and 2020 it was the format
 * in force. A report without a year: not outdated (nothing says so).
 */
export const isOutdated = (report: Report, table: Table): boolean =>
  table.edition === '2019' && report.year !== undefined && report.year >= TEMPLATE_2023_FIRST_YEAR;

export const cover = (spans: readonly Span[]): Span => ({
  start: Math.min(...spans.map((s) => s.start)),
  end: Math.max(...spans.map((s) => s.end)),
});

/** A span cut at the end of its first line: a finding underlines one line, never a block of them. */
export function firstLineOf(report: Report, span: Span): Span {
  const line = lineSpan(report, span.start);
  return { start: span.start, end: Math.max(span.start, Math.min(span.end, line.end)) };
}

/** Where a finding about a whole row sits: its label (its first line), or the row's first line without one. */
export const rowAnchor = (report: Report, row: Row): Span =>
  firstLineOf(report, row.label.trim() ? row.labelSpan : row.span);

export { TABLE_NAMES };

export const cellOf = (report: Report, key: string): Cell | undefined =>
  report.tables[key.slice(0, 2) as Table['id']]?.cells.get(key);

const cellList = derivedData('cell list', (report) => {
  const list: { table: Table; cell: Cell }[] = [];
  for (const table of Object.values(report.tables)) {
    if (!table) continue;
    for (const row of table.rows) for (const cell of row.cells) list.push({ table, cell });
  }
  return list;
});

/** Every cell of every table, in table and row order; listed once per report for the rules that read them all. */
export const allCells = (report: Report): readonly { table: Table; cell: Cell }[] => derive(report, cellList);



/** `表三「（七）总计」·「自然人」` / `s3.total.natural (table 3)`. */
export function cellName(key: string, edition: Report['edition']): Localized {
  const zh = shortLabels(key, edition);
  const en = englishShortLabels(key);
  const table = TABLE_NAMES[key.slice(0, 2) as Table['id']];
  return text(`${table['zh-CN']}「${zh.row}」·「${zh.column}」`, `${table.en} “${en.row}” · “${en.column}”`);
}
