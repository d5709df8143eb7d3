import { firstUnits, foldCode, fromCodes, unitArray } from './text';

/**
 * The readable content of a piece of source text: markup and converter noise removed
 * (`[image: …]`, `[bookmark: …]`, HTML tags and entities, `**`), width folded, whitespace kept as ' ',
 * with the source offset of every kept unit so values keep exact spans.
 */
export interface Clean {
  readonly s: string;
  /** Source offset of s[i] is offs[i]; without offs the text was copied as is from `base`. */
  readonly offs?: ArrayLike<number>;
  readonly base: number;
}

export const offsetOf = (c: Clean, i: number): number => (c.offs ? c.offs[i]! : c.base + i);

const NOISE_OPENERS = ['[image', '[bookmark', '[img', '[picture', '[figure'];
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', thinsp: ' ' };

const EMPTY: Clean = { s: '', base: 0 };

/** True when the unit needs more than copying: markup, entities, escapes, full-width or odd spaces. */
function special(code: number): boolean {
  if (code < 128) {
    // [ < & * _ \ ` and control chars (tabs, breaks)
    return code === 91 || code === 60 || code === 38 || code === 42 || code === 95 || code === 92 || code === 96 || code < 32;
  }
  return (code >= 0xff01 && code <= 0xff5e) || code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || code === 0xfeff;
}

export function clean(text: string, start: number, end: number): Clean {
  if (end <= start) return EMPTY;
  let plain = true;
  for (let i = start; i < end; i++) {
    if (special(text.charCodeAt(i))) {
      plain = false;
      break;
    }
  }
  if (plain) return { s: text.slice(start, end), base: start };
  return slowClean(text, start, end);
}

function slowClean(text: string, start: number, end: number): Clean {
  // Output is never longer than the input: every rewrite replaces several units by at most two.
  const out = unitArray(end - start);
  const offs = unitArray(end - start);
  let n = 0;
  // Scans for a closing char stop at `end`; a failed scan is remembered so repeated openers stay linear.
  let noBracketFrom = Infinity;
  let noAngleFrom = Infinity;
  const findClose = (ch: number, from: number): number => {
    if (from >= (ch === 93 ? noBracketFrom : noAngleFrom)) return -1;
    for (let j = from; j < end; j++) if (text.charCodeAt(j) === ch) return j;
    if (ch === 93) noBracketFrom = from;
    else noAngleFrom = from;
    return -1;
  };
  const push = (code: number, at: number): void => {
    out[n] = code === 10 || code === 13 ? 32 : code;
    offs[n++] = at;
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) {
      const head = text.slice(i, i + 10).toLowerCase();
      if (NOISE_OPENERS.some((o) => head.startsWith(o))) {
        const close = findClose(93, i);
        if (close >= 0) {
          i = close;
          continue;
        }
      }
    } else if (c === 60 /* < */) {
      const next = text.charCodeAt(i + 1);
      const isTag = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33;
      if (isTag) {
        const close = findClose(62, i);
        if (close >= 0) {
          const name = text.slice(i + 1, Math.min(close, i + 4)).toLowerCase();
          if (name.startsWith('br') || name.startsWith('p') || name.startsWith('/p') || name.startsWith('div')) push(32, i);
          i = close;
          continue;
        }
      }
    } else if (c === 38 /* & */) {
      let semi = -1;
      for (let j = i + 1; j < end && j <= i + 10; j++) {
        if (text.charCodeAt(j) === 59) {
          semi = j;
          break;
        }
      }
      if (semi > i) {
        const name = text.slice(i + 1, semi);
        let decoded: string | undefined = ENTITIES[name.toLowerCase()];
        if (decoded === undefined && name[0] === '#') {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          if (Number.isFinite(code) && code > 0 && code < 0x110000) decoded = String.fromCodePoint(code);
        }
        if (decoded !== undefined) {
          for (let k = 0; k < decoded.length; k++) {
            const f = foldCode(decoded.charCodeAt(k));
            if (f >= 0) push(f, i);
          }
          i = semi;
          continue;
        }
      }
    } else if (c === 42 || c === 95 /* * _ */) {
      if (text.charCodeAt(i + 1) === c) {
        while (i + 1 < end && text.charCodeAt(i + 1) === c) i++;
        continue;
      }
    } else if (c === 92 /* \ */) {
      const next = text[i + 1];
      if (next !== undefined && '|*_[]<>#`'.includes(next)) continue;
    } else if (c === 96 /* ` */) {
      continue;
    }
    const f = foldCode(c);
    if (f >= 0) push(f, i);
  }
  return { s: fromCodes(out, n), offs: firstUnits(offs, n), base: start };
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
    const at = a < c.s.length ? offsetOf(c, a) : fallback;
    return { start: at, end: at };
  }
  return { start: offsetOf(c, a), end: offsetOf(c, b - 1) + 1 };
}
