import { formsOf, type RowSpec } from '../spec';
import { clean, trimmed, type Clean } from './clean';
import { foldAscii } from './label-forms';
import { compact } from './text';
import { labelNorm, parseCellText, textPiece, valuePiece, type Piece } from './value';
import type { TextField } from './walk';

/**
 * A web page flattened to text runs a table's labels and numbers together with no separator
 * (`规章105行政规范性文件3112第二十条…`). Such a field is cut into labels and numbers here; the numbers
 * are marked `glued` (their digits may be several cells, and blank cells have vanished), so rows read
 * them only where the digits split one way (or the row's arithmetic leaves one reading).
 */

/** A flattened field has at least this many numbers run into its text, and is at least this long. */
const MIN_GLUED = 4;
const MIN_LENGTH = 60;

/** After these a number is prose (`22件`, `2024年`, `17.46%`), not a cell. */
const COUNTERS = '件条个项次人家篇起宗份年月日%万元天名位户';

/** Punctuation of prose: a line holding it is text with numbers, not a table run together. */
const SENTENCE = /[。，,；;：:！？!?]/;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isNumberingMark = (c: string | undefined): boolean => c === '.' || c === '、';

interface NumberAt {
  readonly a: number;
  readonly b: number;
}

/** The numbers of a flattened field, or undefined when the field is not one (unless its page is known to be flattened). */
function gluedNumbers(s: string, flattened: boolean): NumberAt[] | undefined {
  if (s.length < MIN_LENGTH && !flattened) return undefined;
  const out: NumberAt[] = [];
  const number = /\d+(?:\.\d+)?/g;
  for (let m = number.exec(s); m; m = number.exec(s)) {
    const a = m.index;
    let b = a + m[0].length;
    const next = s[b];
    if (next !== undefined && COUNTERS.includes(next)) continue;
    if (isNumberingMark(next) && !isDigit(s[b + 1])) {
      // `…00000002.其他法律…`: the last digit numbers the next label; a lone digit is only that.
      if (b - a === 1 || s[b - 1] === '0') continue;
      b--;
    }
    out.push({ a, b });
  }
  const glued = out.filter(({ a, b }) => a > 0 && s[a - 1] !== ' ' && !isDigit(s[a - 1]) && b < s.length && s[b] !== ' ').length;
  if (glued >= MIN_GLUED || (flattened && out.length > 0)) return out;
  // A one-row table flattened alone (表四: its header words, then its fifteen digits): one number run
  // into the end of a long line of words that holds no sentence.
  const last = out[out.length - 1];
  const endsGlued = out.length === 1 && last!.b === s.length && last!.b - last!.a >= 2 && last!.a > 0 && !isDigit(s[last!.a - 1]) && s[last!.a - 1] !== ' ';
  return endsGlued && !SENTENCE.test(s) ? out : undefined;
}

/** Digit runs that start right after a character other than a space or a digit (a cheap bound on the glued numbers). */
function gluedStarts(text: string, start: number, end: number): number {
  let n = 0;
  let prev = 32;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const digit = (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
    const prevDigit = (prev >= 48 && prev <= 57) || (prev >= 0xff10 && prev <= 0xff19);
    if (digit && !prevDigit && prev !== 32 && prev !== 9 && prev !== 0x3000) n++;
    prev = c;
  }
  return n;
}

function endsInDigit(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  const c = text.charCodeAt(e - 1);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** The pieces of a flattened field (labels and glued numbers), or undefined when the field is not flattened. */
export function splitFlattened(
  text: string, start: number, end: number, row: number, col: number, blankBefore: boolean, flattened: boolean,
): Piece[] | undefined {
  if (end - start < MIN_LENGTH && !flattened) return undefined;
  if (!flattened && gluedStarts(text, start, end) < MIN_GLUED && !endsInDigit(text, start, end)) return undefined;
  const c = clean(text, start, end);
  const [a0, b0] = trimmed(c);
  const s = c.s.slice(0, b0);
  const numbers = gluedNumbers(s.slice(a0), flattened);
  if (!numbers) return undefined;
  return cut(c, text, s, a0, b0, numbers.map(({ a, b }) => ({ a: a + a0, b: b + a0 })), row, col, blankBefore);
}

function cut(c: Clean, text: string, s: string, a0: number, b0: number, numbers: readonly NumberAt[], row: number, col: number, blankBefore: boolean): Piece[] {
  const pieces: Piece[] = [];
  const place = (): { row: number; col: number; blankBefore: boolean } =>
    ({ row, col: col + pieces.length, blankBefore: pieces.length === 0 && blankBefore });
  const label = (from: number, to: number): void => {
    while (from < to && s[from] === ' ') from++;
    while (to > from && s[to - 1] === ' ') to--;
    if (to > from) pieces.push({ ...textPiece(c, from, to, text, place()), glued: true });
  };
  let at = a0;
  for (const { a, b } of numbers) {
    if (a < at) continue;
    const parsed = parseCellText(s.slice(a, b));
    if (!parsed || parsed.value.kind !== 'number') continue;
    label(at, a);
    pieces.push(valuePiece(c, a, b, text, { ...parsed, glued: true }, place()));
    at = b;
  }
  label(at, b0);
  return pieces;
}

/**
 * The row's own label in a label cut from a flattened field, where header and group words run into it
 * (`…现行有效件数规章`, `（三）不予公开1.属于国家秘密`): from the template's label before the row's words.
 */
export function ownPart(field: TextField, spec: RowSpec): TextField {
  const c = compact(field.raw, 0, field.raw.length);
  let at = -1;
  let key = '';
  for (const k of formsOf(spec).matchKeys) {
    const i = c.s.lastIndexOf(k);
    if (i > at) {
      at = i;
      key = k;
    }
  }
  if (at <= 0) return field;
  const full = labelNorm(foldAscii(spec.label));
  const k = full.indexOf(key);
  const prefix = k > 0 ? full.slice(0, k) : '';
  const start = prefix !== '' && c.s.slice(at - prefix.length, at) === prefix ? at - prefix.length : at;
  if (start <= 0) return field;
  const from = c.offs[start]!;
  return { ...field, span: { start: field.span.start + from, end: field.span.end }, raw: field.raw.slice(from), norm: labelNorm(c.s.slice(start)) };
}
