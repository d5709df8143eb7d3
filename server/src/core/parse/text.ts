/** Character-level helpers shared by the parser: lines, width folding, compact (whitespace-free) views. */

export interface Line {
  readonly start: number;
  /** End of the content, before the line terminator. */
  readonly end: number;
}

/** Lines split on \n, \r\n and lone \r (the same breaks the LSP counts). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Folds one UTF-16 unit to its half-width / plain form; whitespace of any kind becomes ' ', zero-width becomes ''. */
export function fold(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  switch (code) {
    case 0x3000: case 0x00a0: case 0x202f: case 0x205f: case 0x09: case 0x0b: case 0x0c:
      return ' ';
    case 0x200b: case 0x200c: case 0x200d: case 0xfeff: case 0x2060:
      return '';
    case 0x2212: case 0x2010: case 0x2011:
      return '-';
    default:
      if (code >= 0x2000 && code <= 0x200a) return ' ';
      return c;
  }
}

export const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\r';

/** A whitespace-free, width-folded copy of text[start, end) with the source offset of every kept unit. */
export interface Compact {
  readonly s: string;
  readonly offs: Int32Array;
}

export function compact(text: string, start: number, end: number): Compact {
  const offs = new Int32Array(Math.max(0, end - start));
  const parts: string[] = [];
  let n = 0;
  for (let i = start; i < end; i++) {
    const f = fold(text[i]!);
    if (f === '' || isSpace(f)) continue;
    parts.push(f);
    offs[n++] = i;
  }
  return { s: parts.join(''), offs: offs.subarray(0, n) };
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
