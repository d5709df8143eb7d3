/** Character-level helpers shared by the parser: lines, width folding, compact (whitespace-free) views. */

export interface Line {
  readonly start: number;
  /** End of the content, before the line terminator. */
  readonly end: number;
}

/** Line boundaries as two flat arrays (no object per line: a 5 MB text may have millions). */
export class Lines {
  constructor(
    /** Offset where each line starts (also the Report's lineStarts). */
    readonly starts: number[],
    /** Offset where each line's content ends, before its terminator. */
    readonly ends: number[],
  ) {}

  get count(): number {
    return this.starts.length;
  }

  line(i: number): Line {
    return { start: this.starts[i]!, end: this.ends[i]! };
  }

  /** Index of the first line starting at or after `offset`. */
  firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Lines [from, to), the first starting at `start` at the earliest and the last ending at `end` at the latest. */
  clip(from: number, to: number, start: number, end: number): Lines {
    const starts = this.starts.slice(from, to);
    const ends = this.ends.slice(from, to);
    if (starts.length > 0) {
      starts[0] = Math.max(starts[0]!, start);
      ends[ends.length - 1] = Math.min(ends[ends.length - 1]!, end);
    }
    return new Lines(starts, ends);
  }

  /** Index of the line holding `offset`. */
  at(offset: number): number {
    return Math.max(0, this.firstAtOrAfter(offset + 1) - 1);
  }
}

/** Lines split on \n, \r\n and lone \r (the same breaks the LSP counts). */
export function splitLines(text: string): Lines {
  const starts: number[] = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  ends.push(text.length);
  return new Lines(starts, ends);
}

/** Folds one UTF-16 code to its half-width / plain form: whitespace of any kind → 32, zero-width → -1 (dropped). */
export function foldCode(code: number): number {
  if (code < 0x80) return code === 9 || code === 11 || code === 12 ? 32 : code;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  switch (code) {
    case 0x3000: case 0x00a0: case 0x202f: case 0x205f:
      return 32;
    case 0x200b: case 0x200c: case 0x200d: case 0xfeff: case 0x2060:
      return -1;
    case 0x2212: case 0x2010: case 0x2011:
      return 45;
    default:
      return code >= 0x2000 && code <= 0x200a ? 32 : code;
  }
}

/** Folds one UTF-16 unit to its half-width / plain form; whitespace of any kind becomes ' ', zero-width becomes ''. */
export function fold(c: string): string {
  const f = foldCode(c.charCodeAt(0));
  return f < 0 ? '' : f === c.charCodeAt(0) ? c : String.fromCharCode(f);
}

/** Codes passed to one String.fromCharCode call at most (engines bound the number of arguments). */
const CHUNK = 8192;

/** Pieces up to this many units are built in plain arrays: allocating a typed array costs more than filling a short one. */
const SHORT_PIECE = 1024;

/** Room for up to `n` codes or offsets, written in order (index k after k − 1): a plain array when short. */
export const unitArray = (n: number): number[] | Int32Array => (n <= SHORT_PIECE ? [] : new Int32Array(n));

/** The first `n` entries of a unitArray. */
export const firstUnits = (units: number[] | Int32Array, n: number): ArrayLike<number> =>
  Array.isArray(units) ? units : units.subarray(0, n);

/**
 * Builds a string from the first `n` UTF-16 codes without one concatenation per unit. A typed array
 * is copied to a plain array chunk by chunk first: `apply` with a typed array takes a slow path.
 */
export function fromCodes(codes: ArrayLike<number>, n: number): string {
  if (n <= CHUNK && Array.isArray(codes) && codes.length === n) return String.fromCharCode.apply(null, codes);
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) {
    const end = Math.min(n, i + CHUNK);
    const chunk = new Array<number>(end - i);
    for (let k = i; k < end; k++) chunk[k - i] = codes[k]!;
    parts.push(String.fromCharCode.apply(null, chunk));
  }
  return parts.length === 1 ? parts[0]! : parts.join('');
}


/** A whitespace-free, width-folded copy of text[start, end) with the source offset of every kept unit. */
export interface Compact {
  readonly s: string;
  readonly offs: ArrayLike<number>;
}

export function compact(text: string, start: number, end: number): Compact {
  const len = Math.max(0, end - start);
  const offs = unitArray(len);
  const codes = unitArray(len);
  let n = 0;
  for (let i = start; i < end; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f < 0 || f === 32 || f === 10 || f === 13) continue;
    codes[n] = f;
    offs[n++] = i;
  }
  return { s: fromCodes(codes, n), offs: firstUnits(offs, n) };
}

/** Source span of compact[a, b). */
export function compactSpan(c: Compact, a: number, b: number): { start: number; end: number } {
  const start = c.offs[a] ?? 0;
  const end = b > a ? (c.offs[b - 1] ?? start) + 1 : start;
  return { start, end };
}

const CN_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, 'O': 0, '○': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** `2020`, `二〇二〇` (digit by digit), `十二`, `二十六` → number; undefined if not a numeral. */
export function numeralValue(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 0 || s.length > 6) return undefined;
  if (!s.includes('十')) {
    let v = 0;
    for (const ch of s) {
      const d = CN_DIGITS[ch];
      if (d === undefined) return undefined;
      v = v * 10 + d;
    }
    return v;
  }
  const [tens, units] = s.split('十') as [string, string];
  const t = tens === '' ? 1 : CN_DIGITS[tens];
  const u = units === '' ? 0 : CN_DIGITS[units];
  if (t === undefined || u === undefined || tens.length > 1 || units.length > 1) return undefined;
  return t * 10 + u;
}

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
