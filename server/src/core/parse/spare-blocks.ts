import type { Ambiguity, Cell, Span } from '../model';
import { cellKey, type RowSpec, type TableId } from '../spec';
import type { Field } from './fields';
import type { RowCheck, Slot } from './fit';
import { cellsOf, type FoundRow } from './rows';

/** Whole rows of numbers printed after one row's numbers, their labels elsewhere (a PDF viewer's reading order). */
export interface SpareBlocks {
  /** The row whose label came before them. */
  readonly after: number;
  readonly fields: readonly Field[];
}

/** Values shown in a GR109 message at most. */
const SHOWN = 14;

/**
 * The rows a spare block fills: the unread rows between the row before it and the next row read, when
 * their number equals the number of blocks. The numbers are read row by row or column by column
 * (a block of rows dumped by column); a reading is taken only when it alone balances every row and
 * column sum, or (a typo, then reported by the arithmetic) alone fails no more than one row and one
 * column sum. Otherwise the
 * rows are reported as ambiguous, never guessed.
 */
export function placeSpareBlocks(
  table: TableId, specs: readonly RowSpec[], filled: readonly boolean[], b: SpareBlocks, checkFor: (spec: RowSpec) => RowCheck | undefined,
  read: readonly FoundRow[], columnCheck?: ColumnCheck,
): FoundRow[] {
  const width = specs[b.after]!.columns.length;
  const count = b.fields.length / width;
  const gap = gapRows(specs, filled, b.after, count);
  const span: Span = { start: b.fields[0]!.span.start, end: b.fields[b.fields.length - 1]!.span.end };
  const failures = (rows: readonly (readonly Field[])[]): number => {
    let n = rows.filter((row, k) => { const c = checkFor(specs[gap![k]!]!); return c !== undefined && !c(values(row)); }).length;
    if (columnCheck) {
      const all = new Map<string, readonly (bigint | undefined)[]>();
      for (const f of read) if (f.row.cells.length > 0) all.set(f.row.key, f.row.cells.map(cellValue));
      rows.forEach((row, k) => all.set(specs[gap![k]!]!.key, values(row)));
      n += columnCheck(all);
    }
    return n;
  };
  const reading = gap ? chooseReading(b.fields, count, width, failures) : undefined;
  if (!gap || !reading) return abstain(table, specs, gap ?? [], b, span, gap ? 2 : 0);
  return gap.map((r, k) => {
    const s = specs[r]!;
    const fields = reading[k]!;
    const slots: Slot[] = fields.map((f) => (f.kind === 'value' ? { kind: 'value', token: f.token } : { kind: 'blank', span: f.span }));
    const rowSpan = { start: Math.min(...fields.map((f) => f.span.start)), end: Math.max(...fields.map((f) => f.span.end)) };
    const at = fields[0]!.span.start;
    return { spec: s, index: r, row: { key: s.key, label: '', labelSpan: { start: at, end: at }, span: rowSpan, matchedBy: 'position', cells: cellsOf(table, s, slots) } };
  });
}

/** The unread rows after `after` up to the next read row, if there are exactly `count` (one layout's rows). */
function gapRows(specs: readonly RowSpec[], filled: readonly boolean[], after: number, count: number): number[] | undefined {
  const gap: number[] = [];
  // Rows of both layouts compete for one place (a one-row group and its sub-rows): a layout already
  // chosen by a read row rules the other out; else each layout is tried.
  const readKeys = specs.filter((_, r) => filled[r]).map((s) => s.key);
  const ruledOut = (k: string): boolean => readKeys.some((o) => o.startsWith(`${k}.`) || k.startsWith(`${o}.`));
  for (let r = after + 1; r < specs.length && !filled[r]; r++) if (!ruledOut(specs[r]!.key)) gap.push(r);
  const keys = gap.map((r) => specs[r]!.key);
  const isGroupRow = (k: string): boolean => keys.some((o) => o.startsWith(`${k}.`));
  const isSubRow = (k: string): boolean => keys.some((o) => k.startsWith(`${o}.`));
  const layouts = [gap, gap.filter((r) => !isGroupRow(specs[r]!.key)), gap.filter((r) => !isSubRow(specs[r]!.key))];
  const fitting = layouts.filter((l) => l.length === count);
  if (fitting.length === 0) return undefined;
  const first = fitting[0]!;
  return fitting.every((l) => l.length === first.length && l.every((r, i) => r === first[i])) ? first : undefined;
}

function chooseReading(fields: readonly Field[], count: number, width: number, failures: (rows: readonly (readonly Field[])[]) => number): Field[][] | undefined {
  const byRow = Array.from({ length: count }, (_, k) => fields.slice(k * width, k * width + width));
  const byColumn = Array.from({ length: count }, (_, k) => Array.from({ length: width }, (_, c) => fields[c * count + k]!));
  const readings = [byRow, byColumn].filter((r, i, all) => i === 0 || !sameValues(r, all[0]!));
  const failed = readings.map(failures);
  const best = Math.min(...failed);
  const at = failed.indexOf(best);
  // One reading balances alone, or (a typo) alone comes within one wrong cell: a row and a column sum.
  if (best > 2 || failed.indexOf(best, at + 1) >= 0) return undefined;
  return readings[at];
}

/** How many column sums of the table fail with these rows' values (by row key), where all their terms are read. */
export type ColumnCheck = (rows: ReadonlyMap<string, readonly (bigint | undefined)[]>) => number;

const cellValue = (c: Cell): bigint | undefined => (c.value.kind === 'number' && c.value.value.scale === 0 ? c.value.value.units : undefined);

const values = (row: readonly Field[]): (bigint | undefined)[] =>
  row.map((f) => (f.kind === 'value' && f.token.value.kind === 'number' && f.token.value.value.scale === 0 ? f.token.value.value.units : undefined));

const raw = (f: Field): string => (f.kind === 'value' ? f.token.raw : '');

function sameValues(a: readonly (readonly Field[])[], b: readonly (readonly Field[])[]): boolean {
  return a.every((row, k) => row.every((f, c) => raw(f) === raw(b[k]![c]!)));
}

/** The rows stay unread and the table says once that it cannot tell where these numbers go. */
function abstain(table: TableId, specs: readonly RowSpec[], gap: readonly number[], b: SpareBlocks, span: Span, readings: number): FoundRow[] {
  const keys = gap.flatMap((r) => specs[r]!.columns.map((c) => cellKey(table, specs[r]!.key, c.key)));
  const shown = b.fields.slice(0, SHOWN).map(raw).join(' ') + (b.fields.length > SHOWN ? ' …' : '');
  const ambiguity: Ambiguity = { span, keys, readings, text: shown };
  if (gap.length === 0) return [];
  return gap.map((r, k) => {
    const s = specs[r]!;
    const row = { key: s.key, label: '', labelSpan: { start: span.start, end: span.start }, span, matchedBy: 'position' as const, cells: [] };
    return { spec: s, index: r, row, ...(k === 0 ? { ambiguity } : {}) };
  });
}
