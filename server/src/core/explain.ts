import { equationView, evaluations, type EquationResult, type EquationView } from './arithmetic';
import { derive, derivedData } from './derived';
import { formatDecimal } from './decimal';
import type { Locale } from './findings';
import type { Cell, Report, Row, Table } from './model';
import { rowSpecOf, tableSpec, type ColumnSpec, type RowSpec, type TableId, type TableSpec } from './spec';
import { TABLE_NAMES } from './spec/english';
import { columnNote, rowNote } from './spec/notes';
import { columnPath, rowPath } from './spec/paths';
import { say } from './locale';

/**
 * Everything a hover, a message or `gov-report explain` says about one cell, as data in one locale:
 * the LSP renders it as Markdown (lsp/hover-markdown.ts), the CLI as plain text (cli/explain-text.ts).
 */
export interface CellExplanation {
  readonly key: string;
  readonly cell: Cell;
  /** `表三 › 三、本年度办理结果 › （四）无法提供 › 1.本机关不掌握相关政府信息 › 自然人` */
  readonly path: string;
  readonly value: string;
  /** What the reader should know about the cell (blank, not a number, read by the arithmetic, 表二 notes). */
  readonly notes: readonly string[];
  /** Every equation the cell takes part in, evaluated, the cell's own number highlighted. */
  readonly equations: readonly EquationView[];
}

export interface RowExplanation {
  readonly table: Table;
  readonly row: Row;
  /** `表三 › 三、本年度办理结果 › （二）部分公开（…）` */
  readonly path: string;
  /** What the row counts, in the locale; empty when the spec has no note for it. */
  readonly note: string;
  /** 表三's row total / 表四's case total, evaluated. */
  readonly rowTotal?: EquationView;
}

export const PATH_SEPARATOR = ' › ';

// ---- finding the cell under the cursor -------------------------------------------------------

interface CellIndex {
  /** Cells sorted by span start. */
  readonly cells: readonly Cell[];
  /** The longest span, to bound the backward scan over overlapping spans. */
  readonly maxLength: number;
}

const cellIndexData = derivedData('cell index', (report): CellIndex => {
  const cells: Cell[] = [];
  for (const table of Object.values(report.tables)) if (table) cells.push(...table.cells.values());
  cells.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const maxLength = cells.reduce((m, c) => Math.max(m, c.span.end - c.span.start), 0);
  return { cells, maxLength };
});

const cellIndex = (report: Report): CellIndex => derive(report, cellIndexData);

/** Index of the last cell whose span starts at or before `offset`, or -1. */
function lastStartingAtOrBefore(cells: readonly Cell[], offset: number): number {
  let lo = 0;
  let hi = cells.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid]!.span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The cell whose span contains `offset`, end inclusive (the cursor just after a digit still hits
 * it). A cell the offset is strictly inside wins over one it merely touches at the end.
 */
export function cellAt(report: Report, offset: number): Cell | undefined {
  try {
    const { cells, maxLength } = cellIndex(report);
    let touching: Cell | undefined;
    for (let i = lastStartingAtOrBefore(cells, offset); i >= 0; i--) {
      const cell = cells[i]!;
      if (cell.span.start < offset - maxLength) break;
      if (offset < cell.span.end || (offset === cell.span.start && cell.span.end === cell.span.start)) return cell;
      if (offset === cell.span.end) touching ??= cell;
    }
    return touching;
  } catch {
    return undefined;
  }
}

// ---- paths and values -----------------------------------------------------------------------

const tableOf = (report: Report, key: string): Table | undefined => report.tables[key.slice(0, 2) as TableId];

interface CellSpec {
  readonly spec: TableSpec;
  readonly row: RowSpec;
  readonly column: ColumnSpec;
}

function cellSpec(table: Table, cell: Cell): CellSpec | undefined {
  const spec = tableSpec(table.id, table.edition);
  const row = rowSpecOf(spec, cell.row);
  const column = row?.columns.find((c) => c.key === cell.column);
  return row && column ? { spec, row, column } : undefined;
}

function cellPathParts(table: Table, cell: Cell, locale: Locale): string[] {
  const found = cellSpec(table, cell);
  const name = TABLE_NAMES[table.id][locale];
  if (!found) return [name, cell.row, cell.column];
  return [name, ...rowPath(found.spec, found.row)[locale], ...columnPath(found.spec, found.row, found.column)[locale]];
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The value as a reader would say it: `57`, `11522.96万元`, `20（其中修订16件）`, 空白, 无效. */
export function describeValue(cell: Cell, locale: Locale): string {
  const v = cell.value;
  switch (v.kind) {
    case 'number':
      return `${formatDecimal(v.value)}${v.unit ?? ''}${v.annotation ? collapse(v.annotation) : ''}`;
    case 'blank':
      return say(locale, '（空白）', '(blank)');
    case 'invalid':
      return say(locale, `不是数字：“${collapse(v.text)}”`, `not a number: “${collapse(v.text)}”`);
  }
}

// ---- equations --------------------------------------------------------------------------------

const evaluated = (report: Report): readonly EquationResult[] => evaluations(report).results;

const involves = (result: EquationResult, key: string): boolean =>
  result.equation.left.includes(key) || result.equation.right.includes(key);

// ---- words ----------------------------------------------------------------------------------

/** The headings and notes of an explanation, for the renderers and the notes above. */
export const EXPLAIN_WORDS = {
  value: { 'zh-CN': '数值', en: 'Value' },
  equations: { 'zh-CN': '所在等式', en: 'Equations' },
  rowTotal: { 'zh-CN': '本行合计', en: 'Row total' },
  /** After an equation with a blank or invalid operand. */
  unchecked: { 'zh-CN': '（有空白或无效的单元格，无法核对）', en: '(a blank or invalid cell: cannot be checked)' },
} as const;

const NOTES = {
  blank: {
    'zh-CN': '此单元格为空白：应填写数字（没有则填 0）。',
    en: 'This cell is blank: it should hold a number (0 when there is none).',
  },
  invalid: { 'zh-CN': '此单元格不是数字。', en: 'This cell is not a number.' },
  noArithmetic: { 'zh-CN': '表二没有合计关系。', en: 'Table 2 has no sums to check.' },
  resolved: {
    'zh-CN': '原文数字连写，此值由勾稽关系唯一确定。',
    en: 'The digits run together in the text; the arithmetic fixes this value uniquely.',
  },
  ambiguous: {
    'zh-CN': '原文无法确定此单元格的数字（见 GR109）。',
    en: 'The text leaves this cell ambiguous (see GR109).',
  },
} as const;

function cellNotes(table: Table, cell: Cell, locale: Locale, hasEquations: boolean): string[] {
  const notes: string[] = [];
  if (cell.value.kind === 'blank') notes.push(NOTES.blank[locale]);
  if (cell.value.kind === 'invalid') notes.push(NOTES.invalid[locale]);
  if (cell.resolvedByArithmetic) notes.push(NOTES.resolved[locale]);
  if (table.ambiguities.some((a) => a.keys.includes(cell.key))) notes.push(NOTES.ambiguous[locale]);
  // What the cell's column (and for 表二 its row) counts in the table's edition.
  const spec = [
    columnNote(table.id, cell.row, cell.column, table.edition),
    table.id === 's2' ? rowNote(table.id, cell.row, table.edition) : undefined,
  ].flatMap((note) => (note ? [note[locale]] : []));
  if (hasEquations || table.id === 's2') notes.push(...spec);
  if (!hasEquations && table.id === 's2') notes.push(NOTES.noArithmetic[locale]);
  return notes;
}

/** Path, value, notes and every equation the cell takes part in, evaluated. */
export function explainCell(report: Report, key: string, locale: Locale): CellExplanation | undefined {
  try {
    const table = tableOf(report, key);
    const cell = table?.cells.get(key);
    if (!table || !cell) return undefined;
    const equations = evaluated(report).filter((r) => involves(r, key)).map((r) => equationView(r, table.edition, locale, key));
    return {
      key, cell, path: cellPathParts(table, cell, locale).join(PATH_SEPARATOR), value: describeValue(cell, locale),
      notes: cellNotes(table, cell, locale, equations.length > 0), equations,
    };
  } catch {
    return undefined;
  }
}

// ---- row labels -------------------------------------------------------------------------------

const within = (offset: number, span: { start: number; end: number }): boolean => span.start <= offset && offset <= span.end;

function rowAtLabel(report: Report, offset: number): { table: Table; row: Row } | undefined {
  for (const table of Object.values(report.tables)) {
    if (!table || !within(offset, table.span)) continue;
    for (const row of table.rows) if (row.labelSpan.end > row.labelSpan.start && within(offset, row.labelSpan)) return { table, row };
  }
  return undefined;
}

/** What the row under the cursor counts: its path, the spec's note, and for 表三 its row total. */
export function explainRowLabel(report: Report, offset: number, locale: Locale): RowExplanation | undefined {
  try {
    const found = rowAtLabel(report, offset);
    if (!found) return undefined;
    const { table, row } = found;
    const spec = tableSpec(table.id, table.edition);
    const rowSpec = rowSpecOf(spec, row.key);
    const path = [TABLE_NAMES[table.id][locale], ...(rowSpec ? rowPath(spec, rowSpec)[locale] : [row.label])].join(PATH_SEPARATOR);
    const note = rowNote(table.id, row.key, table.edition)?.[locale] ?? '';
    const totalId = table.id === 's3' ? `row-total:${row.key}` : table.id === 's4' ? `case-total:${row.key}` : undefined;
    const rowTotal = totalId ? evaluated(report).find((r) => r.equation.id === totalId) : undefined;
    return { table, row, path, note, ...(rowTotal ? { rowTotal: equationView(rowTotal, table.edition, locale) } : {}) };
  } catch {
    return undefined;
  }
}
