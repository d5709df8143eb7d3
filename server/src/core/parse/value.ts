import { parseDecimal } from '../decimal';
import type { CellValue, Span } from '../model';
import { clean, sourceSpan, trimmed, type Clean } from './clean';

/** One printed value: a number (possibly with unit/annotation) or text standing where a number belongs. */
export interface ValueToken {
  readonly value: CellValue;
  /** Digits (with sign and decimals) for numbers; the whole text otherwise. */
  readonly span: Span;
  /** The cell's printed text, trimmed. */
  readonly raw: string;
  /** Plain unsigned digit string, set when the token could be digits of several cells run together. */
  readonly digits?: string;
  /** Printed with no separator from the values beside it (a flattened page): blank cells may have vanished. */
  readonly glued?: boolean;
}

/** Where a piece sits: its physical row and column, and whether a truly blank line came before it. */
interface Place {
  readonly row: number;
  readonly col: number;
  readonly blankBefore: boolean;
}

/** A field is cut into pieces: labels (text), values, and empty cells. */
export type Piece =
  | ({ readonly kind: 'empty'; readonly span: Span } & Place)
  | ({ readonly kind: 'value'; readonly token: ValueToken; readonly span: Span } & Place)
  | ({
      readonly kind: 'text'; readonly span: Span; readonly raw: string; readonly norm: string;
      /** Cut from a flattened field: header and group words may run into the row's own label. */
      readonly glued?: boolean;
    } & Place);

const UNITS = ['万元', '元', '人次', '件', '个', '条', '项', '次', '份', '人', '家', '篇', '起', '宗', '%'];
const PLACEHOLDER = /^(?:[-—–―─~/\\×xX*.。…_·]{1,8}|无|空|略|暂无|N\/?A|n\/?a|null|不适用)$/;
/** No printed row has more values than this; a longer tail is not a row. */
const MAX_TAIL = 64;
const NUMBER_HEAD = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

export interface Parsed {
  readonly value: CellValue;
  /** [a, b) of the number inside the parsed string. */
  readonly a: number;
  readonly b: number;
  readonly digits?: string;
  /** Where the annotation starts in the parsed string. */
  readonly annotationAt?: number;
  readonly glued?: boolean;
}

/** Most counts are small: their bigints are made once, not once per cell. */
const SMALL_UNITS: readonly bigint[] = Array.from({ length: 1000 }, (_, i) => BigInt(i));
const unitsOf = (n: number): bigint => SMALL_UNITS[n] ?? BigInt(n);

/** A whole cell's text as one value, or undefined if it is not one (labels, several numbers). */
export function parseCellText(s: string): Parsed | undefined {
  if (s === '') return undefined;
  if (s.length <= 15) {
    // Fast path: plain digits, the common cell.
    let digits = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) {
        digits = false;
        break;
      }
    }
    if (digits) return { value: { kind: 'number', value: { units: unitsOf(Number(s)), scale: 0 } }, a: 0, b: s.length, digits: s };
  }
  const m = NUMBER_HEAD.exec(s);
  if (!m) {
    return PLACEHOLDER.test(s) ? { value: { kind: 'invalid', text: s }, a: 0, b: s.length } : undefined;
  }
  const sign = m[1]!;
  const intPart = m[2]!.replace(/,/g, '');
  const frac = m[3];
  if (intPart.length + (frac?.length ?? 0) > 40) return { value: { kind: 'invalid', text: s.slice(0, 60) }, a: 0, b: s.length };
  const rest = s.slice(m[0].length).trim();
  let unit: string | undefined;
  let annotation: string | undefined;
  let tail = rest;
  for (const u of UNITS) {
    if (tail.startsWith(u)) {
      unit = u;
      tail = tail.slice(u.length).trim();
      break;
    }
  }
  if (tail !== '') {
    if (tail[0] !== '(' && tail[0] !== '[' && tail[0] !== '<') return undefined;
    annotation = tail;
  }
  const annotationAt = annotation !== undefined ? s.length - annotation.length : undefined;
  const value = parseDecimal(`${sign}${intPart}${frac !== undefined ? `.${frac}` : ''}`);
  if (!value) return undefined;
  const plain = sign === '' && frac === undefined && !m[2]!.includes(',') && rest === '';
  return {
    value: { kind: 'number', value, ...(unit ? { unit } : {}), ...(annotation ? { annotation } : {}) },
    a: 0, b: m[0].length,
    ...(plain ? { digits: intPart } : {}),
    ...(annotationAt !== undefined ? { annotationAt } : {}),
  };
}

/** Label text normalised for matching: no whitespace, `1、` → `1.`. */
export function labelNorm(s: string): string {
  if (s.indexOf(' ') < 0 && s.indexOf('、') < 0 && s.indexOf(',') < 0) return s;
  const parts: string[] = [];
  let cur = '';
  let prevDigit = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === ' ') continue;
    cur += (c === '、' || c === ',') && prevDigit ? '.' : c;
    const code = c.charCodeAt(0);
    prevDigit = code >= 48 && code <= 57;
    if (cur.length >= 1024) {
      parts.push(cur);
      cur = '';
    }
  }
  parts.push(cur);
  return parts.join('');
}

export function valuePiece(c: Clean, a: number, b: number, text: string, parsed: Parsed, place: Place): Piece {
  const span = sourceSpan(c, a + parsed.a, a + parsed.b, a);
  const whole = sourceSpan(c, a, b, a);
  let value = parsed.value;
  if (value.kind === 'number' && parsed.annotationAt !== undefined) {
    // The annotation as printed (full-width brackets and all), not its folded form.
    const from = sourceSpan(c, a + parsed.annotationAt, b, a).start;
    value = { ...value, annotation: text.slice(from, whole.end) };
  }
  const tokenSpan = parsed.value.kind === 'number' ? span : whole;
  const raw = text.slice(whole.start, whole.end);
  // Literals, not spreads of optional fields: this runs for every value of every table.
  let token: ValueToken = parsed.digits !== undefined ? { value, span: tokenSpan, raw, digits: parsed.digits } : { value, span: tokenSpan, raw };
  if (parsed.glued) token = { ...token, glued: true };
  return { kind: 'value', token, span: whole, row: place.row, col: place.col, blankBefore: place.blankBefore };
}

export function textPiece(c: Clean, a: number, b: number, text: string, place: Place): Extract<Piece, { kind: 'text' }> {
  const span = sourceSpan(c, a, b, a);
  return { kind: 'text', span, raw: text.slice(span.start, span.end), norm: labelNorm(c.s.slice(a, b)), row: place.row, col: place.col, blankBefore: place.blankBefore };
}

/** True when text[start, end) holds nothing but spaces and tabs (the common empty cell): nothing to clean. */
function onlySpaces(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 0x3000 && code !== 0xa0) return false;
  }
  return true;
}

/**
 * Cuts the source field text[start, end) into pieces: one empty piece, one value, one label,
 * or a label followed by the whitespace-separated numbers at its tail (PDF text `（七）总计 72 5 0`).
 */
export function splitField(text: string, start: number, end: number, row = 0, col = 0, blankBefore = false): Piece[] {
  if (onlySpaces(text, start, end)) return [{ kind: 'empty', span: { start, end: start }, row, col, blankBefore }];
  const place: Place = { row, col, blankBefore };
  const c = clean(text, start, end);
  const [a, b] = trimmed(c);
  if (a >= b) return [{ kind: 'empty', span: { start, end: start }, row, col, blankBefore }];
  const whole = parseCellText(c.s.slice(a, b));
  if (whole) return [valuePiece(c, a, b, text, whole, place)];
  // Whitespace-separated words read from the end: numbers and dash placeholders form the tail.
  const tail: { w: [number, number]; p: Parsed }[] = [];
  let numbers = 0;
  let labelEnd = b;
  let i = b;
  while (i > a && tail.length < MAX_TAIL) {
    const we = i;
    while (i > a && c.s[i - 1] !== ' ') i--;
    // One word: the whole text, which is not a value.
    if (i === a && we === b) break;
    const w: [number, number] = [i, we];
    const p = parseCellText(c.s.slice(w[0], w[1]));
    if (!p) break;
    if (p.value.kind === 'invalid' && !/^[-—–―─/]+$/.test(p.value.text)) break;
    if (p.value.kind === 'number') numbers++;
    tail.push({ w, p });
    while (i > a && c.s[i - 1] === ' ') i--;
    labelEnd = i;
  }
  if (numbers === 0) return [textPiece(c, a, b, text, place)];
  tail.reverse();
  const pieces: Piece[] = [];
  if (labelEnd > a) pieces.push(textPiece(c, a, labelEnd, text, place));
  for (const { w, p } of tail) {
    const at: Place = pieces.length === 0 ? place : { row, col: col + pieces.length, blankBefore: false };
    pieces.push(valuePiece(c, w[0], w[1], text, p, at));
  }
  return pieces;
}
