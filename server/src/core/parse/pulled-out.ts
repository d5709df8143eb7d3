import type { Ambiguity } from '../model';
import { cellKey, type RowSpec, type TableId } from '../spec';
import type { Field } from './fields';
import type { RowCheck, Slot } from './fit';
import type { TextField } from './walk';

type ValueField = Extract<Field, { kind: 'value' }>;

/**
 * A cell a converter pulled out of its table row: a number alone on its line, printed with a note
 * (`1（含修订 1 件）`, or the note on the next line), away from every row label.
 */
export interface LooseCell {
  readonly field: ValueField;
}

/** A row read one value short: the values it has, in printed order. */
export interface ShortRow {
  readonly index: number;
  readonly values: readonly Field[];
}

/** A note printed with a number: `（含…）`, `（其中…）` (brackets folded to half width). */
const NOTE = /^\((?:含|其中|包括)[^()]*\)$/;

/**
 * The loose cell of a run that no label claims, in a layout of physical rows: one number alone on its
 * line, with a note of its own or a note on the line after it.
 */
export function looseCell(run: readonly Field[], label: readonly TextField[], after: Field | undefined): LooseCell | undefined {
  const filled = run.filter((f) => f.kind !== 'empty');
  if (filled.length !== 1 || filled[0]!.kind !== 'value') return undefined;
  const field = filled[0]!;
  const value = field.token.value;
  if (value.kind !== 'number') return undefined;
  if (label.length > 0 && label[label.length - 1]!.row === field.row) return undefined;
  if (value.annotation) return { field };
  if (after?.kind !== 'text' || after.row !== field.row + 1 || !NOTE.test(after.norm)) return undefined;
  const token = { ...field.token, value: { ...value, annotation: after.raw } };
  return { field: { ...field, token } };
}

export type Placement =
  | { readonly kind: 'read'; readonly index: number; readonly slots: readonly Slot[] }
  | { readonly kind: 'ambiguous'; readonly index: number; readonly ambiguity: Ambiguity };

const number = (f: Field): bigint | undefined =>
  f.kind === 'value' && f.token.value.kind === 'number' && f.token.value.value.scale === 0 ? f.token.value.value.units : undefined;

/**
 * Puts the one loose cell back into the one row read a value short. Its place is the one its note
 * names (by the columns' note words) among those the row's arithmetic allows; when no single place is
 * left, the row is ambiguous (never guessed).
 */
export function placeLooseCell(
  table: TableId, specs: readonly RowSpec[], loose: readonly LooseCell[], short: readonly ShortRow[], checkFor: (spec: RowSpec) => RowCheck | undefined,
): Placement | undefined {
  if (loose.length !== 1 || short.length !== 1) return undefined;
  const { field } = loose[0]!;
  const { index, values } = short[0]!;
  const spec = specs[index]!;
  const n = spec.columns.length;
  if (values.length !== n - 1 || n < 2) return undefined;
  const check = checkFor(spec);
  const note = field.token.value.kind === 'number' ? (field.token.value.annotation ?? '') : '';
  const named = spec.columns.map((c, i) => (c.noteWords?.some((w) => note.includes(w)) ? i : -1)).filter((i) => i >= 0);
  const places: number[] = [];
  for (let p = 0; p < n; p++) {
    const row = [...values.slice(0, p), field, ...values.slice(p)];
    if (check && !check(row.map(number))) continue;
    if (named.length === 1 && named[0] !== p) continue;
    places.push(p);
  }
  if (places.length === 1) {
    const p = places[0]!;
    const row = [...values.slice(0, p), field, ...values.slice(p)];
    return { kind: 'read', index, slots: row.map((f): Slot => (f.kind === 'value' ? { kind: 'value', token: f.token } : { kind: 'blank', span: f.span })) };
  }
  const all = [field, ...values];
  const span = { start: Math.min(...all.map((f) => f.span.start)), end: Math.max(...all.map((f) => f.span.end)) };
  const text = [field, ...values].map((f) => (f.kind === 'value' ? f.token.raw : '')).join(' ');
  const keys = spec.columns.map((c) => cellKey(table, spec.key, c.key));
  return { kind: 'ambiguous', index, ambiguity: { span, keys, readings: places.length, text } };
}
