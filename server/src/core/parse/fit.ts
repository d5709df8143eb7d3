import type { Span } from '../model';
import type { Field } from './fields';
import type { ValueToken } from './value';

export type Slot =
  | { readonly kind: 'blank'; readonly span: Span }
  | { readonly kind: 'value'; readonly token: ValueToken };

export type Fit =
  | { readonly ok: true; readonly slots: readonly Slot[]; readonly resolvedByArithmetic?: readonly boolean[] }
  | {
      readonly ok: false;
      readonly found: number;
      /** Digits run together and the arithmetic leaves several readings (or none). */
      readonly ambiguity?: { readonly span: Span; readonly readings: number; readonly searchStopped?: boolean; readonly text: string };
    };

/** A row's arithmetic over the values in column order (undefined entries: not numbers). */
export type RowCheck = (values: readonly (bigint | undefined)[]) => boolean;

const slotOf = (f: Field): Slot =>
  f.kind === 'value' ? { kind: 'value', token: f.token } : { kind: 'blank', span: f.span };

/**
 * Readings explored per row before giving up on digits run together: a stopped search is reported as
 * ambiguous (never a guess), and keeps a whole table of such rows within tens of milliseconds.
 */
const MAX_READINGS = 2000;

/**
 * Fits a run of printed fields to the n cells of a row.
 * Non-empty fields == n: take them (the empties are layout). Fewer: drop trailing, then leading empties;
 * exactly n left → read positionally with blanks. Still short and some field holds several digits run
 * together: try every split and keep the readings that satisfy the row's arithmetic.
 */
export function fit(run: readonly Field[], n: number, check?: RowCheck, valueColumn?: number): Fit {
  const filled = run.filter((f) => f.kind !== 'empty');
  if (filled.length > n && isStray(filled[filled.length - 1]!)) {
    // A stray character typed after a row's last cell (`| 22 |x`) is not a cell: the row is read without it.
    let end = run.length;
    while (end > 0 && (run[end - 1]!.kind === 'empty' || isStray(run[end - 1]!))) end--;
    return fit(run.slice(0, end), n, check, valueColumn);
  }
  if (filled.length === n) return { ok: true, slots: filled.map(slotOf) };
  if (filled.length > n) return { ok: false, found: filled.length };
  if (valueColumn !== undefined && filled.every((f) => f.col >= valueColumn && f.col < valueColumn + n)) {
    // The table's value columns are known: read by column; a row that stops short is short.
    const byCol = new Map<number, Field>();
    for (const f of run) byCol.set(f.col, f);
    const slots: Slot[] = [];
    let short = false;
    for (let k = 0; k < n && !short; k++) {
      const f = byCol.get(valueColumn + k);
      if (f) slots.push(slotOf(f));
      else short = true;
    }
    if (!short) return { ok: true, slots };
    return splitRunTogether(filled, n, check) ?? { ok: false, found: filled.length };
  }
  // Empty cells beyond the row's width are layout: drop them from the end, then from the start.
  let a = 0;
  let b = run.length;
  while (b - a > n && run[b - 1]!.kind === 'empty') b--;
  while (b - a > n && run[a]!.kind === 'empty') a++;
  if (b - a === n) return { ok: true, slots: run.slice(a, b).map(slotOf) };
  return splitRunTogether(filled, n, check) ?? { ok: false, found: filled.length };
}

/** Text of one or two characters with no digit: beyond a row's last column it cannot be a cell. */
function isStray(f: Field): boolean {
  if (f.kind !== 'value' || f.token.value.kind !== 'invalid') return false;
  const t = f.token.value.text.trim();
  return t.length > 0 && t.length <= 2 && !/\d/.test(t);
}

/**
 * In a row layout, the column where most complete rows (n contiguous values) start, if at least two
 * rows agree: blank cells of other rows are then read by column.
 */
export function valueColumn(fields: readonly Field[], n: number): number | undefined {
  const counts = new Map<number, number>();
  let i = 0;
  while (i < fields.length) {
    const row = fields[i]!.row;
    let first = -1;
    let last = -1;
    let gap = false;
    let textAfter = false;
    for (; i < fields.length && fields[i]!.row === row; i++) {
      const f = fields[i]!;
      if (f.kind === 'value') {
        if (first < 0) first = f.col;
        else if (f.col !== last + 1) gap = true;
        last = f.col;
      } else if (f.kind === 'text' && first >= 0) textAfter = true;
    }
    if (first >= 0 && !gap && !textAfter && last - first + 1 === n) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 1;
  for (const [col, count] of counts) {
    if (count > bestCount) {
      best = col;
      bestCount = count;
    }
  }
  return best;
}

interface Reading {
  readonly parts: readonly (readonly string[] | undefined)[];
}

/** Every reading is accepted: digits printed with no separator, split only where they split one way. */
const ANY: RowCheck = () => true;

function splitRunTogether(filled: readonly Field[], n: number, rowCheck?: RowCheck): Fit | undefined {
  // Without an equation nothing could confirm a split: that is a short row, not digits run together —
  // unless the digits are known to be run together (a flattened page), where a split that is the only one stands.
  const glued = filled.every((f) => f.kind === 'value' && f.token.glued);
  const tokens = filled.map((f) => (f.kind === 'value' ? f.token : undefined));
  const deficit = n - filled.length;
  const room = tokens.reduce((s, t) => s + (t?.digits ? t.digits.length - 1 : 0), 0);
  // One digit per cell is the only split there is: read it as printed, and let the sums judge it.
  const forced = glued && deficit === room;
  const check = forced ? ANY : (rowCheck ?? (glued ? ANY : undefined));
  if (!check) return undefined;
  if (glued && deficit > room) {
    // Fewer digits than cells: a blank cell vanished with its separator, and nothing tells which.
    const span = { start: filled[0]!.span.start, end: filled[filled.length - 1]!.span.end };
    const text = tokens.map((t) => t?.raw ?? '').join(' ');
    return { ok: false, found: filled.length, ambiguity: { span, readings: 0, text } };
  }
  if (deficit <= 0 || room < deficit) return undefined;
  let explored = 0;
  let work = 0;
  let matching = 0;
  let first: Reading | undefined;
  const parts: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(tokens.length).fill(undefined);
  const values = (): (bigint | undefined)[] => {
    const out: (bigint | undefined)[] = [];
    tokens.forEach((t, i) => {
      const p = parts[i];
      if (p) for (const d of p) out.push(BigInt(d));
      else out.push(t && t.value.kind === 'number' && t.value.value.scale === 0 ? t.value.value.units : undefined);
    });
    return out;
  };
  /** Extra cells the tokens from i on can give at most. */
  const roomAfter = new Array<number>(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) roomAfter[i] = roomAfter[i + 1]! + (tokens[i]?.digits ? tokens[i]!.digits!.length - 1 : 0);
  const exhausted = (): boolean => explored >= MAX_READINGS || work >= MAX_READINGS * 10;
  const visit = (i: number, left: number): void => {
    work++;
    if (exhausted()) return;
    if (i === tokens.length) {
      if (left !== 0) return;
      explored++;
      if (check(values())) {
        matching++;
        if (!first) first = { parts: parts.slice() };
      }
      return;
    }
    const t = tokens[i];
    if (!t?.digits || left === 0) {
      parts[i] = undefined;
      visit(i + 1, left);
      return;
    }
    // Only as many extra cells here as the tokens after this one cannot take: no reading is cut short.
    for (let k = Math.max(0, left - roomAfter[i + 1]!); k <= Math.min(left, t.digits.length - 1); k++) {
      for (const split of splits(t.digits, k + 1)) {
        parts[i] = k === 0 ? undefined : split;
        visit(i + 1, left - k);
        if (exhausted()) return;
      }
    }
    parts[i] = undefined;
  };
  visit(0, deficit);
  const span = { start: filled[0]!.span.start, end: filled[filled.length - 1]!.span.end };
  // No reading balances: the row is short (or wrong), which the arithmetic cannot fix — or, where the
  // digits are known to run together, a row whose cells cannot be told apart.
  if ((matching === 0 || !first) && !glued) return undefined;
  if (matching !== 1 || !first || exhausted()) {
    const text = filled.map((f) => (f.kind === 'value' ? f.token.raw : '')).join(' ');
    const searchStopped = exhausted() || undefined;
    return { ok: false, found: filled.length, ambiguity: { span, readings: matching, text, ...(searchStopped ? { searchStopped } : {}) } };
  }
  const slots: Slot[] = [];
  const resolved: boolean[] = [];
  first.parts.forEach((p, i) => {
    const t = tokens[i]!;
    if (!p) {
      slots.push(slotOf(filled[i]!));
      resolved.push(false);
      return;
    }
    // Digits map one to one onto the source unless noise sits between them.
    const contiguous = t.span.end - t.span.start === t.digits!.length;
    let offset = t.span.start;
    for (const d of p) {
      const span = contiguous ? { start: offset, end: offset + d.length } : t.span;
      slots.push({ kind: 'value', token: { value: { kind: 'number', value: { units: BigInt(d), scale: 0 } }, span, raw: d, digits: d } });
      resolved.push(!forced && rowCheck !== undefined);
      offset += d.length;
    }
  });
  return { ok: true, slots, resolvedByArithmetic: resolved };
}

/** Every way to cut a digit string into `parts` numbers without leading zeros. */
function* splits(digits: string, parts: number): Generator<string[]> {
  if (parts === 1) {
    if (digits.length === 1 || digits[0] !== '0') yield [digits];
    return;
  }
  for (let len = 1; len <= digits.length - parts + 1; len++) {
    const head = digits.slice(0, len);
    if (len > 1 && head[0] === '0') break;
    for (const rest of splits(digits.slice(len), parts - 1)) yield [head, ...rest];
  }
}
