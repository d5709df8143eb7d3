import type { Ambiguity, Cell, Row, Span } from '../model';
import { cellKey, formsOf, type RowSpec, type TableId } from '../spec';
import type { Field, Tokens } from './fields';
import { fit, valueColumn, type Fit, type RowCheck, type Slot } from './fit';
import { matchLabel } from './match';
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

function cellsOf(table: TableId, spec: RowSpec, slots: readonly Slot[], resolved?: readonly boolean[]): Cell[] {
  const keys = formsOf(spec).cellKeys;
  return spec.columns.map((column, i): Cell => {
    const slot = slots[i]!;
    const key = keys[i]!;
    if (slot.kind === 'blank') return { key, table, row: spec.key, column: column.key, raw: '', span: slot.span, value: BLANK };
    const cell: Cell = { key, table, row: spec.key, column: column.key, raw: slot.token.raw, span: slot.token.span, value: slot.token.value };
    return resolved?.[i] ? { ...cell, resolvedByArithmetic: true } : cell;
  });
}

const BLANK = { kind: 'blank' } as const;

/** The source range the fields cover, whatever order they came in. */
const spanOf = (fields: readonly { span: Span }[]): Span => ({
  start: Math.min(...fields.map((f) => f.span.start)),
  end: Math.max(...fields.map((f) => f.span.end)),
});

/**
 * Reads the rows of a labelled table (表二, 表三) out of a region's fields: each run of values is
 * given to the row its label names; values are fitted to the row's columns.
 */
export function findRows(table: TableId, tokens: Tokens, specs: readonly RowSpec[], checkFor: (spec: RowSpec) => RowCheck | undefined): FoundRows {
  const found: FoundRow[] = [];
  /** Rows already read, by index into `specs` (an array: tested for every row on every run). */
  const filled: boolean[] = specs.map(() => false);
  let next = 0;
  let first: number | undefined;
  let last: number | undefined;
  const budget = { similarity: 400 };
  // Rows of one width (表三) can be read by column; 表二's rows differ in width.
  const widths = new Set(specs.map((s) => s.columns.length));
  const column = tokens.policy === 'row' && widths.size === 1 ? valueColumn(tokens.fields, [...widths][0]!) : undefined;
  walk(tokens, (label, run, hasValue) => {
    if (!hasValue && (tokens.policy === 'text' || label.length === 0 || (tokens.policy === 'row' && label[label.length - 1]!.row !== run[0]!.row))) return false;
    const match = matchLabel(label, specs, filled, next, budget, hasValue);
    if (!match && hasValue && next > 0 && next < specs.length && !filled[next] && label.length > 0) {
      // Between known rows, a run of exactly the right size under an unrecognised label is the next row.
      const spec = specs[next]!;
      const f = fit(run, spec.columns.length);
      if (f.ok && run.filter((x) => x.kind !== 'empty').length === spec.columns.length) {
        record(next, label.length - 1, 'position', run);
        return true;
      }
    }
    if (!match) return false;
    const spec = specs[match.row]!;
    if (!hasValue) {
      // A row printed entirely blank: only when its own label sits right before the empty cells.
      const own = label[match.ownFrom]!;
      const lastLabel = label[label.length - 1]!;
      const sameRow = tokens.policy === 'row' ? lastLabel.row === run[0]!.row : tokens.policy === 'blank';
      if (match.by !== 'core' || !sameRow || run.length < spec.columns.length || own.row !== lastLabel.row) return false;
    }
    record(match.row, match.ownFrom, match.by, run);
    return true;

    function record(index: number, ownFrom: number, by: 'core' | 'similarity' | 'position', values: readonly Field[]): void {
      const s = specs[index]!;
      const own: TextField[] = label.slice(ownFrom) as TextField[];
      const n = s.columns.length;
      const fitted: Fit = hasValue
        ? fit(values, n, checkFor(s), column)
        : { ok: true, slots: values.slice(0, n).map((f) => ({ kind: 'blank', span: f.span })) };
      const labelSpan: Span = own.length > 0 ? spanOf(own) : { start: values[0]!.span.start, end: values[0]!.span.start };
      const printed = own.map((t) => t.raw).join('');
      const rowSpan: Span = { start: Math.min(labelSpan.start, values[0]!.span.start), end: Math.max(labelSpan.end, values[values.length - 1]!.span.end) };
      let row: Row;
      let ambiguity: Ambiguity | undefined;
      // Literals, not `{ ...base, cells }`: spreading into a literal with more fields is a slow path in V8.
      const key = s.key;
      if (fitted.ok) row = { key, label: printed, labelSpan, span: rowSpan, matchedBy: by, cells: cellsOf(table, s, fitted.slots, fitted.resolvedByArithmetic) };
      else if (fitted.ambiguity) {
        row = { key, label: printed, labelSpan, span: rowSpan, matchedBy: by, cells: [] };
        ambiguity = { ...fitted.ambiguity, keys: s.columns.map((c) => cellKey(table, key, c.key)) };
      } else row = { key, label: printed, labelSpan, span: rowSpan, matchedBy: by, cells: [], shape: { expected: n, found: fitted.found } };
      found.push({ spec: s, index, row, ...(ambiguity ? { ambiguity } : {}) });
      filled[index] = true;
      next = index + 1;
      first = first === undefined ? rowSpan.start : Math.min(first, rowSpan.start);
      last = last === undefined ? rowSpan.end : Math.max(last, rowSpan.end);
    }
  });
  return { rows: found, first, last };
}
