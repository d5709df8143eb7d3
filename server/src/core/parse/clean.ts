import { fold } from './text';

/**
 * The readable content of a piece of source text: markup and converter noise removed
 * (`[image: …]`, `[bookmark: …]`, HTML tags and entities, `**`), width folded, whitespace kept as ' ',
 * with the source offset of every kept unit so values keep exact spans.
 */
export interface Clean {
  readonly s: string;
  readonly offs: Int32Array;
}

const NOISE_OPENERS = ['[image', '[bookmark', '[img', '[picture', '[figure'];
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', thinsp: ' ' };

export function clean(text: string, start: number, end: number): Clean {
  const parts: string[] = [];
  const offs = new Int32Array(Math.max(0, end - start));
  let n = 0;
  // Scans for a closing char stop at `end`; a failed scan is remembered so repeated openers stay linear.
  const failedFrom = new Map<string, number>();
  const findClose = (ch: string, from: number): number => {
    const failed = failedFrom.get(ch);
    if (failed !== undefined && from >= failed) return -1;
    for (let j = from; j < end; j++) if (text[j] === ch) return j;
    failedFrom.set(ch, from);
    return -1;
  };
  const push = (s: string, at: number): void => {
    parts.push(s);
    offs[n++] = at;
  };
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '[') {
      const head = text.slice(i, i + 10).toLowerCase();
      if (NOISE_OPENERS.some((o) => head.startsWith(o))) {
        const close = findClose(']', i);
        if (close >= 0) {
          i = close;
          continue;
        }
      }
    } else if (c === '<') {
      const next = text.charCodeAt(i + 1);
      const isTag = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33;
      if (isTag) {
        const close = findClose('>', i);
        if (close >= 0) {
          const name = text.slice(i + 1, Math.min(close, i + 4)).toLowerCase();
          if (name.startsWith('br') || name.startsWith('p') || name.startsWith('/p') || name.startsWith('div')) push(' ', i);
          i = close;
          continue;
        }
      }
    } else if (c === '&') {
      let semi = -1;
      for (let j = i + 1; j < end && j <= i + 10; j++) if (text[j] === ';') { semi = j; break; }
      if (semi > i) {
        const name = text.slice(i + 1, semi);
        let decoded: string | undefined = ENTITIES[name.toLowerCase()];
        if (decoded === undefined && name[0] === '#') {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          if (Number.isFinite(code) && code > 0 && code < 0x110000) decoded = String.fromCodePoint(code);
        }
        if (decoded !== undefined) {
          const f = decoded.length === 1 ? fold(decoded) : decoded;
          if (f !== '') push(f, i);
          i = semi;
          continue;
        }
      }
    } else if (c === '*' || c === '_') {
      if (text[i + 1] === c) {
        while (i + 1 < end && text[i + 1] === c) i++;
        continue;
      }
    } else if (c === '\\') {
      const next = text[i + 1];
      if (next !== undefined && '|*_[]<>#`'.includes(next)) continue;
    } else if (c === '`') {
      continue;
    }
    const f = fold(c);
    if (f === '') continue;
    push(f === '\n' || f === '\r' ? ' ' : f, i);
  }
  return { s: parts.join(''), offs: offs.subarray(0, n) };
}

/** [a, b) of the trimmed content of clean.s. */
export function trimmed(c: Clean, a = 0, b = c.s.length): [number, number] {
  while (a < b && c.s[a] === ' ') a++;
  while (b > a && c.s[b - 1] === ' ') b--;
  return [a, b];
}

/** Source span of clean.s[a, b); an empty range maps to the position of a (or `fallback`). */
export function sourceSpan(c: Clean, a: number, b: number, fallback: number): { start: number; end: number } {
  if (b <= a) {
    const at = a < c.offs.length ? c.offs[a]! : fallback;
    return { start: at, end: at };
  }
  return { start: c.offs[a]!, end: c.offs[b - 1]! + 1 };
}
