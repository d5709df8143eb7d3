import type { Ambiguity, Cell, Row, Span, Table } from '../model';
import {
  isResultRow, TABLE2_2019, TABLE2_2023, TABLE2_EDITION_MARKERS, TABLE3_2019, TABLE3_2023, TEMPLATE_2023_FIRST_YEAR, rowKeysOf,
  type Edition, type RowSpec, type TableId, type TableSpec,
} from '../spec';
import type { Tokens } from './fields';
import type { RowCheck } from './fit';
import type { ColumnCheck } from './spare-blocks';
import { findRows, type FoundRow } from './rows';
import { labelNorm } from './value';

const fold = (s: string): string => labelNorm(s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

const ANCHORS: Record<TableId, readonly string[]> = {
  s2: ['第二十条', '信息内容'],
  s3: ['勾稽关系', '申请人情况', '自然人'],
  s4: ['行政复议', '行政诉讼', '结果维持'],
};

/** Where the table's own text starts: its first header word, or its first row. */
export function tableStart(id: TableId, tokens: Tokens, firstRow: number | undefined): number | undefined {
  for (const f of tokens.fields) {
    if (firstRow !== undefined && f.span.start >= firstRow) break;
    if (f.kind === 'text' && f.norm.length <= 200 && ANCHORS[id].some((a) => f.norm.includes(a))) return f.span.start;
  }
  return firstRow;
}

export const editionForYear = (year: number | undefined): Edition =>
  year === undefined || year >= TEMPLATE_2023_FIRST_YEAR ? '2023' : '2019';

function assemble(id: TableId, edition: Edition, style: Tokens['style'], spec: TableSpec, found: readonly FoundRow[], span: Span, extraAmbiguities: readonly Ambiguity[] = []): Table {
  const keys = rowKeysOf(spec);
  const rows: Row[] = [];
  const seen = new Set<string>();
  const ambiguities: Ambiguity[] = [...extraAmbiguities];
  for (const f of found) {
    if (!keys.has(f.row.key) || seen.has(f.row.key)) continue;
    seen.add(f.row.key);
    rows.push(f.row);
    if (f.ambiguity) ambiguities.push(f.ambiguity);
  }
  rows.sort((a, b) => a.span.start - b.span.start);
  const cells = new Map<string, Cell>();
  for (const row of rows) for (const cell of row.cells) cells.set(cell.key, cell);
  const missingRows = spec.rows.filter((r) => !seen.has(r.key)).map((r) => r.key);
  return { id, edition, style, span, rows, cells, missingRows, ambiguities };
}

function regionText(tokens: Tokens): string {
  let s = '';
  for (const f of tokens.fields) if (f.kind === 'text' && f.norm.length <= 400) s += f.norm;
  return s;
}

function tableSpan(id: TableId, tokens: Tokens, first: number | undefined, last: number | undefined): Span | undefined {
  const start = tableStart(id, tokens, first);
  if (start === undefined) return undefined;
  return { start, end: Math.max(start, last ?? start) };
}

const MARKERS = {
  '2019': TABLE2_EDITION_MARKERS['2019'].map(fold),
  '2023': TABLE2_EDITION_MARKERS['2023'].map(fold),
};

/** 表二, in the edition its header words (or rows) show; the year decides when nothing does. */
export function parseTable2(tokens: Tokens, year: number | undefined): Table | undefined {
  const text = regionText(tokens);
  const count = (edition: '2019' | '2023'): number => MARKERS[edition].filter((m) => text.includes(m)).length;
  const c2023 = count('2023');
  const c2019 = count('2019');
  let edition: Edition;
  if (c2023 !== c2019) edition = c2023 > c2019 ? '2023' : '2019';
  else edition = editionForYear(year);
  const spec = edition === '2023' ? TABLE2_2023 : TABLE2_2019;
  const found = findRows('s2', tokens, spec.rows, () => undefined);
  if (found.rows.length === 0 && c2023 + c2019 === 0) return undefined;
  const span = tableSpan('s2', tokens, found.first, found.last);
  if (!span) return undefined;
  return assemble('s2', edition, tokens.style, spec, found.rows, span);
}

const sumCheck = (groups: readonly (readonly [number, number])[]): RowCheck => (values) => {
  for (const [from, to] of groups) {
    const total = values[to];
    if (total === undefined) continue;
    let sum = 0n;
    for (let i = from; i < to; i++) {
      const v = values[i];
      if (v === undefined) return true;
      sum += v;
    }
    if (sum !== total) return false;
  }
  return true;
};

/** 表三 row: total = the six applicant columns. */
export const TABLE3_ROW_CHECK: RowCheck = sumCheck([[0, 6]]);

/** 表三 columns: （七）总计 = the result rows read, per column; the number of columns that fail. */
const TABLE3_RESULTS_CHECK: ColumnCheck = (rows) => {
  const total = rows.get('total');
  if (!total) return 0;
  let failed = 0;
  for (let c = 0; c < total.length; c++) {
    let sum = 0n;
    let known = total[c] !== undefined;
    for (const [key, values] of rows) {
      if (!isResultRow(key)) continue;
      const v = values[c];
      if (v === undefined) known = false;
      else sum += v;
    }
    if (known && sum !== total[c]) failed++;
  }
  return failed;
};

/** Both layouts' rows in print order: the 2019 one-row （六） and the 2023 sub-rows compete for the same place. */
const TABLE3_UNION: readonly RowSpec[] = (() => {
  const rows: RowSpec[] = [];
  for (const r of TABLE3_2023.rows) {
    if (r.key === 'other.no_correction') rows.push(TABLE3_2019.rows.find((x) => x.key === 'other')!);
    rows.push(r);
  }
  return rows;
})();

/** 表三; its layout is the 2019 one when （六）其他处理 is one row, 2023 when it has sub-rows. */
export function parseTable3(tokens: Tokens, fallback: Edition): Table | undefined {
  const found = findRows('s3', tokens, TABLE3_UNION, () => TABLE3_ROW_CHECK, TABLE3_RESULTS_CHECK);
  const hasHeader = tokens.fields.some((f) => f.kind === 'text' && f.norm.length <= 60 && ANCHORS.s3.some((a) => f.norm.includes(a)));
  if (found.rows.length === 0 && !hasHeader) return undefined;
  const oneRow = found.rows.some((f) => f.row.key === 'other');
  const subRows = found.rows.some((f) => f.row.key.startsWith('other.'));
  const edition: Edition = subRows ? '2023' : oneRow ? '2019' : fallback;
  const span = tableSpan('s3', tokens, found.first, found.last);
  if (!span) return undefined;
  return assemble('s3', edition, tokens.style, edition === '2023' ? TABLE3_2023 : TABLE3_2019, found.rows, span);
}

export { assemble, sumCheck, tableSpan, regionText };
