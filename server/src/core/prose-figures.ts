import { CharSet } from './char-set';
import { CHINESE_NUMERAL_CHARS } from './numerals';

/**
 * Figures followed by a counter in prose (`20件`, `1,234 条`, `二十个`): the matches of
 * COUNT_PATTERN, found in one pass. Each match ends at a counter character and holds only figure
 * characters and spaces before it, so the search starts from each counter and reads back over the
 * few characters before it; a global regex search instead retries from every digit of a long run.
 */

const DIGITS = '0123456789０１２３４５６７８９';
const SPACES = ' \t\u00a0\u3000';
const COUNTERS = '件条个例宗起份部';

/** The definition: the figure (group 1) is comma-grouped digits, plain digits or Chinese numerals. */
export const COUNT_PATTERN = new RegExp(
  `([0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+|[${CHINESE_NUMERAL_CHARS}]+)[${SPACES}]*([${COUNTERS}])`,
  'g',
);

const COUNTER = new RegExp(`[${COUNTERS}]`, 'g');
const DIGIT = new CharSet(DIGITS);
const NUMERAL = new CharSet(CHINESE_NUMERAL_CHARS);
const GROUP_SEPARATOR = new CharSet(',，');
const SPACE = new CharSet(SPACES);

export interface CountMatch {
  /** Where the figure starts. */
  readonly start: number;
  readonly figure: string;
  /** Figure, spaces and counter. */
  readonly length: number;
}

const runStart = (text: string, end: number, chars: CharSet): number => {
  let i = end;
  while (i > 0 && chars.has(text.charCodeAt(i - 1))) i--;
  return i;
};

/**
 * Where the figure that ends at `end` starts, or -1: the leftmost start from which the whole of
 * [start, end) is one figure, as a leftmost regex match takes it.
 */
function figureStart(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (NUMERAL.has(last)) return runStart(text, end, NUMERAL);
  if (!DIGIT.has(last)) return -1;
  const digits = runStart(text, end, DIGIT);
  // Comma-grouped (1,234,567): while the run is a group of exactly three digits after a separator
  // after a digit, the figure reaches back over it; the first part takes at most three digits.
  let groupStart = digits;
  let groupEnd = end;
  let grouped = -1;
  while (groupEnd - groupStart === 3 && GROUP_SEPARATOR.has(text.charCodeAt(groupStart - 1)) && DIGIT.has(text.charCodeAt(groupStart - 2))) {
    groupEnd = groupStart - 1;
    groupStart = runStart(text, groupEnd, DIGIT);
    grouped = Math.max(groupStart, groupEnd - 3);
  }
  return grouped >= 0 ? grouped : digits;
}

/** Every match of COUNT_PATTERN in `text`, in order, as `text.matchAll(COUNT_PATTERN)` finds them. */
export function countMatches(text: string): CountMatch[] {
  const out: CountMatch[] = [];
  COUNTER.lastIndex = 0;
  for (let c = COUNTER.exec(text); c; c = COUNTER.exec(text)) {
    const figureEnd = runStart(text, c.index, SPACE);
    const start = figureStart(text, figureEnd);
    if (start < 0) continue;
    out.push({ start, figure: text.slice(start, figureEnd), length: c.index + 1 - start });
  }
  return out;
}
