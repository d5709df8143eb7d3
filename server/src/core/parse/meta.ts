import type { DateMention, Section, Span } from '../model';
import { clean, sourceSpan, trimmed } from './clean';
import { compact, compactSpan, numeralValue, type Compact, type Line, type Lines } from './text';

const MAX_TITLE_LINE = 120;
/** The title and the signing date sit near the top and the end: only this many non-blank lines are read. */
const MAX_LINES_LOOKED = 400;

export interface TitleInfo {
  readonly title?: { readonly text: string; readonly span: Span };
  readonly agency?: string;
  readonly year?: number;
}

const YEAR = /((?:19|20)\d{2}|[〇零一二三四五六七八九○O]{4})年度?$/;
const LEADING_YEAR = /^((?:19|20)\d{2}|[〇零一二三四五六七八九○O]{4})年度?/;

/** Visible text of a line: markup (`#`, `**`, tags) off, trimmed. */
function visible(text: string, line: Line): { s: string; span: Span } {
  const c = clean(text, line.start, line.end);
  let [a, b] = trimmed(c);
  while (a < b && c.s[a] === '#') a++;
  while (a < b && c.s[a] === ' ') a++;
  const span = sourceSpan(c, a, b, line.start);
  return { s: c.s.slice(a, b), span };
}

/** The title words, also as `政府信息公开工作的年度报告` (titles written `关于…的年度报告`). */
const TITLE_WORDS = /政府信息公开工作的?年度报告/;

/** A title line's text: the line itself, or the line joined with the next one when the title wraps there. */
function titleText(text: string, lines: Lines, i: number): { s: string; span: Span; at: number } | undefined {
  const v = visible(text, lines.line(i));
  const squeezed = v.s.replace(/ /g, '');
  const at = squeezed.search(TITLE_WORDS);
  if (at >= 0) return { s: squeezed, span: v.span, at };
  // A title wrapped over two lines: `2024年某某政府信息公开` / `工作年度报告`.
  if (i + 1 >= lines.count || !squeezed.includes('政府') || /[。，,；;]/.test(squeezed)) return undefined;
  const next = lines.line(i + 1);
  if (next.end - next.start > MAX_TITLE_LINE) return undefined;
  const w = visible(text, next);
  const joined = squeezed + w.s.replace(/ /g, '');
  const joinedAt = joined.search(TITLE_WORDS);
  // The break must fall inside the title words: the next line alone is not a title.
  if (joinedAt < 0 || joinedAt >= squeezed.length || w.s.length === 0) return undefined;
  return { s: joined, span: { start: v.span.start, end: w.span.end }, at: joinedAt };
}

/** The title line (`…2023年政府信息公开工作年度报告`), the agency before the year (or on the line above) and the year. */
export function findTitle(text: string, lines: Lines, before: number): TitleInfo {
  let looked = 0;
  for (let i = 0; i < lines.count; i++) {
    const line = lines.line(i);
    if (line.start >= before || looked > MAX_LINES_LOOKED) break;
    if (line.end === line.start || line.end - line.start > MAX_TITLE_LINE * 2) continue;
    looked++;
    const found = titleText(text, lines, i);
    if (!found) continue;
    const { s: squeezed, span, at } = found;
    if (squeezed.length > MAX_TITLE_LINE || /[。《》]/.test(squeezed.slice(0, at))) continue;
    // A saved web page labels its fields: `标题: 某某…年度报告`.
    const head = squeezed.slice(0, at).replace(/^(?:文章标题|标题|题目|名称)[:：]/, '').replace(/^关于/, '');
    let year: number | undefined;
    let agency = head;
    const tail = YEAR.exec(head);
    const lead = tail ? undefined : LEADING_YEAR.exec(head);
    if (tail) {
      year = numeralValue(tail[1]!);
      agency = head.slice(0, tail.index);
    } else if (lead) {
      // `2020年度某某局政府信息公开…`: the agency follows the year.
      year = numeralValue(lead[1]!);
      agency = head.slice(lead[0].length);
    }
    agency = agency.replace(/关于$/, '');
    if (agency === '') {
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const prev = visible(text, lines.line(k)).s.replace(/ /g, '');
        if (prev === '') continue;
        if (prev.length <= 40 && !/[。，,；;：:]/.test(prev) && !/\d{4}/.test(prev)) agency = prev;
        break;
      }
    }
    return {
      title: { text: text.slice(span.start, span.end), span },
      ...(agency ? { agency } : {}),
      ...(year !== undefined ? { year } : {}),
    };
  }
  return {};
}

const mention = (c: Compact, a: number, b: number, year: number, month: number, day: number): DateMention =>
  ({ year, month, day, span: compactSpan(c, a, b) });

const RANGE = /(\d{4})年(\d{1,2})月(\d{1,2})日起?[,，]?(?:至|到|—|-|~)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日止?/g;
const CN_YEAR = '[〇零一二三四五六七八九○O]{4}';
const CN_DAY = '[一二三四五六七八九十]{1,3}';
/** `自二〇二二年一月一日起至二〇二二年十二月三十一日止`. */
const RANGE_CN = new RegExp(`(${CN_YEAR})年(${CN_DAY})月(${CN_DAY})日起?[,，]?(?:至|到|—|-|~)(?:(${CN_YEAR})年)?(${CN_DAY})月(${CN_DAY})日止?`, 'g');
/** `2022.1.1—2022.12.31`. */
const RANGE_DOTTED = /(\d{4})[./](\d{1,2})[./](\d{1,2})(?:至|到|—|-|~)(\d{4})[./](\d{1,2})[./](\d{1,2})/g;
const RANGES = [RANGE, RANGE_CN, RANGE_DOTTED];
/** Date ranges examined at most; the period statement is among the first few in any report. */
const MAX_PERIOD_WINDOWS = 2000;
/** What may join the two dates (RANGE's 至|到|—|-|~, before width folding). */
const SEPARATOR = /[至到—\-－~～]/g;
const PERIOD_WORDS = ['统计', '期限', '时限', '期间', '所列数据'];

const DAY = '日'.charCodeAt(0);
const DOT = '.'.charCodeAt(0);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function holdsCode(text: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** The statistical period `统计期限自2023年1月1日起至2023年12月31日止` (the end year may be omitted). */
export function findPeriod(text: string): { start: DateMention; end: DateMention; span: Span } | undefined {
  // Every 至/到/dash is a candidate; a fixed window around it is read, so the search stays linear.
  const separators: number[] = [];
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) separators.push(m.index);
  let fallback: { start: DateMention; end: DateMention; span: Span } | undefined;
  let searchedTo = -1;
  let windows = 0;
  for (const p of separators) {
    if (p < searchedTo) continue;
    if (++windows > MAX_PERIOD_WINDOWS) break;
    const from = Math.max(0, p - 90);
    const to = Math.min(text.length, p + 40);
    // Both dates of a range end in 日 (or are written with dots), one on each side of its separator:
    // most windows hold neither.
    const days = holdsCode(text, DAY, from, p) && holdsCode(text, DAY, p + 1, to);
    if (!days && !(isDigit(text.charCodeAt(p - 1)) && isDigit(text.charCodeAt(p + 1)) && holdsCode(text, DOT, from, p))) continue;
    const c = compact(text, from, to);
    let m: RegExpExecArray | null = null;
    let period: ReturnType<typeof rangeAt> | undefined;
    for (const range of RANGES) {
      range.lastIndex = 0;
      while ((m = range.exec(c.s))) {
        const candidate = rangeAt(c, m);
        if (candidate && candidate.span.start <= p && candidate.span.end > p) {
          period = candidate;
          break;
        }
      }
      if (period) break;
    }
    if (!m || !period) continue;
    searchedTo = period.span.end;
    const context = c.s.slice(Math.max(0, m.index - 30), m.index);
    if (PERIOD_WORDS.some((w) => context.includes(w))) return period;
    fallback ??= c.s[m.index - 1] === '自' ? period : undefined;
  }
  return fallback;
}

function rangeAt(c: Compact, m: RegExpExecArray): { start: DateMention; end: DateMention; span: Span } | undefined {
  const [y1, mo1, d1, y2raw, mo2, d2] = [1, 2, 3, 4, 5, 6].map((i) => (m[i] ? numeralValue(m[i]!) : undefined));
  if (y1 === undefined || mo1 === undefined || d1 === undefined || mo2 === undefined || d2 === undefined) return undefined;
  const y2 = y2raw ?? y1;
  const whole = m[0];
  const a = m.index;
  const endPart = whole.search(/(?:至|到|—|-|~)/);
  const startLen = whole.slice(0, endPart).replace(/起?[,，]?$/, '').length;
  const endFrom = a + endPart + 1;
  const endLen = whole.length - endPart - 1 - (whole.endsWith('止') ? 1 : 0);
  return {
    start: mention(c, a, a + startLen, y1, mo1, d1),
    end: mention(c, endFrom, endFrom + endLen, y2, mo2, d2),
    span: compactSpan(c, a, a + whole.length),
  };
}

const DATE_LINE = /^((?:19|20)\d{2}|[〇零一二三四五六七八九○O]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/;
const DATE_LINE_NUMERIC = /^((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})$/;

/** The signing date: a line holding only a date, after the start of section 六 (or the last section). */
export function findSigningDate(text: string, lines: Lines, sections: readonly Section[]): DateMention | undefined {
  const six = [...sections].reverse().find((s) => s.index === 6);
  const lastSection = sections[sections.length - 1];
  const from = six?.span.start ?? lastSection?.span.start ?? Math.floor(text.length * 0.8);
  let looked = 0;
  for (let i = lines.count - 1; i >= 0 && looked <= MAX_LINES_LOOKED * 5; i--) {
    const line = lines.line(i);
    if (line.end <= from) break;
    if (line.end === line.start || line.end - line.start > 60) continue;
    looked++;
    const v = visible(text, line);
    const s = v.s.replace(/ /g, '');
    const m = DATE_LINE.exec(s) ?? DATE_LINE_NUMERIC.exec(s);
    if (!m) continue;
    const year = numeralValue(m[1]!);
    const month = numeralValue(m[2]!);
    const day = numeralValue(m[3]!);
    if (year === undefined || month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) continue;
    return { year, month, day, span: v.span };
  }
  return undefined;
}
