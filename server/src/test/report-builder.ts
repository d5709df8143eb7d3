import { parseDecimal } from '../core/decimal';
import type { Cell, CellValue, Report, Row, Span, Table } from '../core/model';
import { tableSpec, type Edition, type TableId } from '../core/spec';

/** A cell's printed text: a number, `null` for blank, or any other text (invalid). */
export type CellText = number | string | null;

export interface BuiltReport {
  readonly report: Report;
  /** Every cell's span by key, to aim offsets at. */
  readonly spans: ReadonlyMap<string, Span>;
}

function cellValue(text: string): CellValue {
  if (text.trim() === '') return { kind: 'blank' };
  const value = parseDecimal(text.trim());
  return value ? { kind: 'number', value } : { kind: 'invalid', text };
}

/**
 * A Report built by hand, independent of the parser: each table printed as tab-separated lines
 * (`label⇥v⇥v…`, one line per spec row) with exact spans, values from `cells` (missing = blank).
 */
export function buildReport(
  cells: Readonly<Record<string, CellText>>,
  editions: Partial<Record<TableId, Edition>> = { s2: '2023', s3: '2023', s4: '2023' },
  extra: Partial<Pick<Report, 'year' | 'agency'>> = {},
): BuiltReport {
  let text = '';
  const spans = new Map<string, Span>();
  const tables: Partial<Record<TableId, Table>> = {};
  for (const id of ['s2', 's3', 's4'] as const) {
    const edition = editions[id];
    if (!edition) continue;
    const spec = tableSpec(id, edition);
    const tableStart = text.length;
    const rows: Row[] = [];
    const tableCells = new Map<string, Cell>();
    for (const rowSpec of spec.rows) {
      const rowStart = text.length;
      text += rowSpec.label;
      const labelSpan = { start: rowStart, end: text.length };
      const rowCells: Cell[] = [];
      for (const column of rowSpec.columns) {
        text += '\t';
        const key = `${id}.${rowSpec.key}.${column.key}`;
        const given = cells[key];
        const raw = given === null || given === undefined ? '' : String(given);
        const span = { start: text.length, end: text.length + raw.length };
        text += raw;
        const cell: Cell = { key, table: id, row: rowSpec.key, column: column.key, raw, span, value: cellValue(raw) };
        rowCells.push(cell);
        tableCells.set(key, cell);
        spans.set(key, span);
      }
      rows.push({ key: rowSpec.key, label: rowSpec.label, labelSpan, cells: rowCells, span: { start: rowStart, end: text.length } });
      text += '\n';
    }
    tables[id] = {
      id, edition, style: 'tab', span: { start: tableStart, end: text.length }, rows, cells: tableCells, missingRows: [], ambiguities: [],
    };
    text += '\n';
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const report: Report = {
    text, edition: editions.s3 ?? editions.s2 ?? '2023', sections: [], tables, lineStarts, ...extra,
  };
  return { report, spans };
}
