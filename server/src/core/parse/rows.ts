import type { Ambiguity, Cell, CellValue, Row, Span } from '../model';
import { cellKey, formsOf, type CellKind, type RowSpec, type TableId } from '../spec';
import type { Field, Tokens } from './fields';
import { fit, valueColumn, type Fit, type RowCheck, type Slot } from './fit';
import { matchLabel } from './match';
import { ownPart } from './flattened';
import { looseCell, placeLooseCell, type LooseCell, type ShortRow } from './pulled-out';
import { placeSpareBlocks, type ColumnCheck, type SpareBlocks } from './spare-blocks';
import { walk, type TextField } from './walk';

/** A row as found, before the table's edition is settled. */
export interface FoundRow {
  readonly spec: RowSpec;
  readonly index: number;
  readonly row: Row;
  readonly ambiguity?: Ambiguity;
}

export interface FoundRows {
  readonly rows: readonly FoundRow[];
  /** Where the first and last row text is (for the table's span). */
  readonly first?: number;
  readonly last?: number;
}

export function cellsOf(table: TableId, spec: RowSpec, slots: readonly Slot[], resolved?: readonly boolean[]): Cell[] {
  const keys = formsOf(spec).cellKeys;
  return spec.columns.map((column, i): Cell => {
    const slot = slots[i]!;
    const key = keys[i]!;
    if (slot.kind === 'blank') return { key, table, row: spec.key, column: column.key, raw: '', span: slot.span, value: BLANK };
    const cell: Cell = { key, table, row: spec.key, column: column.key, raw: slot.token.raw, span: slot.token.span, value: inColumnUnit(slot.token.value, column.kind) };
    return resolved?.[i] ? { ...cell, resolvedByArithmetic: true } : cell;
  });
}

const BLANK = { kind: 'blank' } as const;

/** An amount printed in 元 in a 万元 column (`123500元`) is read in 万元, exactly (12.35); the unit stays for GR203. */
function inColumnUnit(value: CellValue, kind: CellKind): CellValue {
  if (kind !== 'amount' || value.kind !== 'number' || value.unit !== '元') return value;
  return { ...value, value: { units: value.value.units, scale: value.value.scale + 4 } };
}

/** The source range the fields cover, whatever order they came in. */
const spanOf = (fields: readonly { span: Span }[]): Span => ({
  start: Math.min(...fields.map((f) => f.span.start)),
  end: Math.max(...fields.map((f) => f.span.end)),
});

/**
 * Reads the rows of a labelled table (表二, 表三) out of a region's fields: each run of values is
 * given to the row its label names; values are fitted to the row's columns. When a run went to a row
 * that a later label names again while the run's label also named another unread row (a stray label
 * line before it), the table is read once more with that run kept off the row the later label owns.
 */
export function findRows(
  table: TableId, tokens: Tokens, specs: readonly RowSpec[], checkFor: (spec: RowSpec) => RowCheck | undefined, columnCheck?: ColumnCheck,
): FoundRows {
  const first = scan(table, tokens, specs, checkFor, new Map(), columnCheck);
  return first.retry ? scan(table, tokens, specs, checkFor, first.retry, columnCheck) : first;
}

/** A row read one value short, kept to be read again if a loose cell turns up. */
interface ShortRead extends ShortRow {
  /** Its place in the rows found. */
  readonly at: number;
  readonly rebuild: (fitted: Fit) => FoundRow;
}

interface Scan extends FoundRows {
  /** Runs to read again kept off a row: run ordinal → row index. */
  readonly retry?: ReadonlyMap<number, number>;
}

function scan(
  table: TableId, tokens: Tokens, specs: readonly RowSpec[], checkFor: (spec: RowSpec) => RowCheck | undefined,
  exclude: ReadonlyMap<number, number>, columnCheck: ColumnCheck | undefined,
): Scan {
  const found: FoundRow[] = [];
  /** Rows already read, by index into `specs` (an array: tested for every row on every run). */
  const filled: boolean[] = specs.map(() => false);
  let next = 0;
  let first: number | undefined;
  let last: number | undefined;
  const budget = { similarity: 400 };
  // Rows of one width (表三) can be read by column; 表二's rows differ in width.
  const widths = new Set(specs.map((s) => s.columns.length));
  const width = widths.size === 1 ? [...widths][0]! : undefined;
  const column = tokens.policy === 'row' && width !== undefined ? valueColumn(tokens.fields, width) : undefined;
  /** Rows taken by a run whose label also named another unread row: row → run ordinal. */
  const contested = new Map<number, number>();
  let retry: Map<number, number> | undefined;
  const spare: SpareBlocks[] = [];
  const loose: LooseCell[] = [];
  const short: ShortRead[] = [];
  let ordinal = -1;
  walk(tokens, (label, run, hasValue, after) => {
    ordinal++;
    if (!hasValue && (tokens.policy === 'text' || label.length === 0 || (tokens.policy === 'row' && label[label.length - 1]!.row !== run[0]!.row))) return false;
    const match = matchLabel(label, specs, filled, next, budget, hasValue, exclude.get(ordinal) ?? -1);
    const values = run.filter((x) => x.kind !== 'empty');
    if (contested.size > 0 && label.length > 0 && exclude.size === 0) {
      // A later label naming a contested row again: the earlier run belonged to its rival.
      const tail = label[label.length - 1]!.norm;
      for (const [row, at] of contested) if (namesRow(specs[row]!, tail)) (retry ??= new Map()).set(at, row);
    }
    if (!match && hasValue && tokens.policy !== 'row' && after?.kind === 'text') {
      // The value printed before its row label (a PDF viewer's reading order).
      const trailing = matchLabel([after], specs, filled, next, budget, false);
      if (trailing && specs[trailing.row]!.columns.length === values.length) {
        record(trailing.row, 'core', run, [after]);
        return true;
      }
    }
    if (!match && hasValue && next > 0 && next < specs.length && !filled[next] && label.length > 0) {
      // Between known rows, a run of exactly the right size under an unrecognised label is the next row.
      const spec = specs[next]!;
      const f = fit(run, spec.columns.length);
      if (f.ok && values.length === spec.columns.length) {
        record(next, 'position', run, label.slice(label.length - 1));
        return true;
      }
    }
    if (!match && tokens.policy === 'row') {
      // A number with its note, alone on its line: a cell pulled out of its row, put back after the walk.
      const cell = looseCell(run, label, after);
      if (cell) {
        loose.push(cell);
        return false;
      }
    }
    if (!match) {
      // Whole rows of numbers with no label of their own: placed after the walk, where the template leaves room.
      if (hasValue && width !== undefined && next > 0 && values.length > 0 && values.length % width === 0) spare.push({ after: next - 1, fields: values });
      return false;
    }
    const spec = specs[match.row]!;
    if (!hasValue) {
      // A row printed entirely blank: only when its own label sits right before the empty cells.
      const own = label[match.ownFrom]!;
      const lastLabel = label[label.length - 1]!;
      const sameRow = tokens.policy === 'row' ? lastLabel.row === run[0]!.row : tokens.policy === 'blank';
      if (match.by !== 'core' || !sameRow || run.length < spec.columns.length || own.row !== lastLabel.row) return false;
    }
    if (match.rival !== undefined) contested.set(match.row, ordinal);
    if (hasValue && tokens.policy !== 'row' && width !== undefined && values.length > width && values.length % width === 0) {
      // Several rows' numbers after one label: the first row is the label's, the rest wait for their place.
      record(match.row, match.by, values.slice(0, width), label.slice(match.ownFrom));
      spare.push({ after: match.row, fields: values.slice(width) });
      return true;
    }
    record(match.row, match.by, run, label.slice(match.ownFrom, match.ownTo));
    return true;

    function record(index: number, by: 'core' | 'similarity' | 'position', values: readonly Field[], ownTokens: readonly TextField[]): void {
      const s = specs[index]!;
      const own = ownTokens.map((t, i) => (i === 0 && t.glued ? ownPart(t, s) : t));
      const n = s.columns.length;
      const fitted: Fit = hasValue
        ? fit(values, n, checkFor(s), column)
        : { ok: true, slots: values.slice(0, n).map((f) => ({ kind: 'blank', span: f.span })) };
      const labelSpan: Span = own.length > 0 ? spanOf(own) : { start: values[0]!.span.start, end: values[0]!.span.start };
      const printed = own.map((t) => t.raw).join('');
      const rowSpan: Span = { start: Math.min(labelSpan.start, values[0]!.span.start), end: Math.max(labelSpan.end, values[values.length - 1]!.span.end) };
      if (!fitted.ok && !fitted.ambiguity && fitted.found === n - 1) short.push({ index, values: values.filter((x) => x.kind !== 'empty'), at: found.length, rebuild: (f) => rowFromFit(table, index, s, printed, labelSpan, rowSpan, by, f) });
      push(rowFromFit(table, index, s, printed, labelSpan, rowSpan, by, fitted));
    }
  });
  const placed = placeLooseCell(table, specs, loose, short, checkFor);
  if (placed) {
    const row = short[0]!;
    found[row.at] = placed.kind === 'read'
      ? row.rebuild({ ok: true, slots: placed.slots })
      : row.rebuild({ ok: false, found: row.values.length, ambiguity: placed.ambiguity });
  }
  function push(f: FoundRow): void {
    found.push(f);
    filled[f.index] = true;
    next = f.index + 1;
    first = first === undefined ? f.row.span.start : Math.min(first, f.row.span.start);
    last = last === undefined ? f.row.span.end : Math.max(last, f.row.span.end);
  }
  for (const b of spare) for (const f of placeSpareBlocks(table, specs, filled, b, checkFor, found, columnCheck)) push(f);
  return { rows: found, first, last, ...(retry ? { retry } : {}) };
}

const namesRow = (spec: RowSpec, norm: string): boolean => formsOf(spec).matchKeys.some((k) => norm.includes(k));

function rowFromFit(table: TableId, index: number, s: RowSpec, printed: string, labelSpan: Span, rowSpan: Span, by: Row['matchedBy'], fitted: Fit): FoundRow {
  const key = s.key;
  const n = s.columns.length;
  // Literals, not `{ ...base, cells }`: spreading into a literal with more fields is a slow path in V8.
  if (fitted.ok) return { spec: s, index, row: { key, label: printed, labelSpan, span: rowSpan, matchedBy: by, cells: cellsOf(table, s, fitted.slots, fitted.resolvedByArithmetic) } };
  if (fitted.ambiguity) {
    return {
      spec: s, index,
      row: { key, label: printed, labelSpan, span: rowSpan, matchedBy: by, cells: [] },
      ambiguity: { ...fitted.ambiguity, keys: s.columns.map((c) => cellKey(table, key, c.key)) },
    };
  }
  return { spec: s, index, row: { key, label: printed, labelSpan, span: rowSpan, matchedBy: by, cells: [], shape: { expected: n, found: fitted.found } } };
}
