import type { Heading, Section } from '../model';
import { SECTIONS, type SectionSpec } from '../spec';
import { CharSet } from '../char-set';
import { compact, numeralValue, type Line, type Lines } from './text';

/** A heading is a short line: longer ones are paragraphs that happen to start with a numeral. */
const MAX_TITLE = 40;
const MAX_RAW = 160;

const PREFIX = /^(?:[#＃]{1,6}[ \t\u3000]*)?(?:(?:<[a-zA-Z][^<>]{0,80}>)[ \t]*)*(?:\*\*|__)?[ \t]*/;
const SUFFIX = /[ \t]*(?:\*\*|__)?(?:[ \t]*<\/[a-zA-Z][^<>]{0,20}>)*[ \t]*[#＃]*[ \t]*$/;
const NUMBERING = /^([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[ \t\u3000]*([、.．,，:：]|(?=[ \t\u3000]))[ \t\u3000]*/;
/** The first character of a heading: a numeral of NUMBERING, or where PREFIX's markup starts (`#`, `<`, `**`, `__`). */
const MAY_OPEN_HEADING = new CharSet('一二三四五六七八九十0123456789０１２３４５６７８９#＃<*_');

interface Candidate {
  readonly heading: Heading;
  readonly spec: SectionSpec;
  readonly printedNumber?: number;
  readonly numberingIsChinese: boolean;
}

/** Width folded, without whitespace (one line's text holds no line break). */
const normalise = (s: string): string => compact(s, 0, s.length).s;

/** A section heading on this line, or undefined. */
export function headingAt(text: string, line: Line): Candidate | undefined {
  let start = line.start;
  let end = line.end;
  while (start < end && (text[start] === ' ' || text[start] === '\u3000')) start++;
  // Most lines are prose: a heading opens with its numbering or with markup before it.
  if (!MAY_OPEN_HEADING.has(text.charCodeAt(start))) return undefined;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start === 0 || end - start > MAX_RAW || text[line.start] === '\t') return undefined;
  const raw = text.slice(start, end);
  if (raw.includes('\t') || raw.startsWith('|')) return undefined;
  const prefix = PREFIX.exec(raw)![0];
  if (!NUMBERING.test(raw.slice(prefix.length, prefix.length + 8))) return undefined;
  const suffixMatch = SUFFIX.exec(raw.slice(prefix.length));
  const suffix = suffixMatch ? suffixMatch[0] : '';
  const body = raw.slice(prefix.length, raw.length - suffix.length);
  const m = NUMBERING.exec(body);
  if (!m) return undefined;
  const numeral = m[1]!;
  const title = body.slice(m[0].length);
  const norm = normalise(title);
  if (norm.length === 0 || norm.length > MAX_TITLE) return undefined;
  const isChinese = /^[一二三四五六七八九十]/.test(numeral);
  const printed = numeralValue(isChinese ? numeral : normalise(numeral));
  const matches = SECTIONS.filter((s) => s.keywords.some((k) => norm.includes(k)));
  if (matches.length === 0) return undefined;
  const spec = matches.find((s) => s.index === printed) ?? matches[0]!;
  const bodyStart = start + prefix.length;
  const numbering = m[0].trimEnd();
  const titleStart = bodyStart + m[0].length;
  const heading: Heading = {
    span: { start, end },
    numbering,
    numberingSpan: { start: bodyStart, end: bodyStart + numbering.length },
    title,
    titleSpan: { start: titleStart, end: titleStart + title.length },
    prefix: prefix.trimEnd() === '' ? '' : prefix,
    suffix: suffix.trim() === '' ? '' : suffix.trimEnd().trimStart(),
  };
  return { heading, spec, ...(printed !== undefined ? { printedNumber: printed } : {}), numberingIsChinese: isChinese };
}

/** A heading that prints the template's own title (or a variant of it) exactly. */
const isExactTitle = (c: Candidate): boolean => {
  const title = normalise(c.heading.title);
  return title === c.spec.title || c.spec.variants.includes(title);
};

/** What may come right before a heading run into the text: nothing, a space, a sentence end, or a table's last digit. */
const BEFORE_INLINE = new CharSet(' \t\u3000。；;！？!?）)0123456789');

/**
 * Headings run into one long line (a web page flattened to text: `…政务公开。二、主动公开政府信息情况 第二十条…`):
 * the template's own titles after their numeral, taken only when the line holds two or more of them.
 */
export function inlineHeadings(text: string, line: Line, marks = new MarkFinder(text)): Candidate[] {
  const found: Candidate[] = [];
  // Every `、` of the line after one of the six numerals, followed by that section's title.
  for (let mark = marks.next(line.start); mark >= 0 && mark < line.end; mark = marks.next(mark + 1)) {
    const index = INLINE_NUMERALS.indexOf(text[mark - 1]!) + 1;
    const start = mark - 1;
    if (index === 0 || start < line.start) continue;
    if (start > line.start && !BEFORE_INLINE.has(text.charCodeAt(start - 1))) continue;
    const spec = SECTIONS[index - 1]!;
    const title = [spec.title, ...spec.variants].find((t) => mark + 1 + t.length <= line.end && text.startsWith(t, mark + 1));
    if (!title) continue;
    const at = mark + 1;
    const end = at + title.length;
    found.push({
      heading: {
        span: { start, end }, numbering: text.slice(start, at), numberingSpan: { start, end: at }, title,
        titleSpan: { start: at, end }, prefix: '', suffix: '',
      },
      spec, printedNumber: index, numberingIsChinese: true,
    });
    mark = end - 1;
  }
  return found.length >= 2 ? found : [];
}

/** The first `、` at or after an offset; a search that ran past a line is remembered, so scanning every line stays linear. */
export class MarkFinder {
  private from = -1;
  private at = -1;
  constructor(private readonly text: string) {}
  next(pos: number): number {
    if (this.from >= 0 && this.from <= pos && (this.at < 0 || this.at >= pos)) return this.at;
    this.from = pos;
    this.at = this.text.indexOf('、', pos);
    return this.at;
  }
}

/** The numerals of the six sections, in order. */
const INLINE_NUMERALS = '一二三四五六';

/** The six sections, recognised by numeral + title words, each running to the next heading. */
export function findSections(text: string, lines: Lines): Section[] {
  const all: Candidate[] = [];
  const marks = new MarkFinder(text);
  for (let i = 0; i < lines.count; i++) {
    const start = lines.starts[i]!;
    const end = lines.ends[i]!;
    if (end === start) continue;
    if (end - start > MAX_RAW) {
      const inline = inlineHeadings(text, { start, end }, marks);
      if (inline.length > 0) {
        all.push(...inline);
        continue;
      }
    }
    if (end - start > MAX_RAW * 2) continue;
    const c = headingAt(text, { start, end });
    if (c) all.push(c);
  }
  // A report that numbers its own parts (`三、主动公开工作情况`) and prints the template's tables under
  // their exact titles: the exact title is the section, the loose mention is not.
  const exact = new Set(all.filter(isExactTitle).map((c) => c.spec.index));
  const found: Candidate[] = [];
  let lastIndex = 0;
  for (const c of all) {
    if (exact.has(c.spec.index) && !isExactTitle(c)) continue;
    // A numbered sub-item that happens to name a section's words (`一、主动公开方面…` inside 五) both
    // misnumbers that section and breaks the order: it is not a section heading.
    if (c.printedNumber !== undefined && c.printedNumber !== c.spec.index && c.spec.index <= lastIndex) continue;
    found.push(c);
    lastIndex = Math.max(lastIndex, c.spec.index);
  }
  return found.map((c, i) => ({
    index: c.spec.index,
    heading: c.heading,
    span: { start: c.heading.span.start, end: i + 1 < found.length ? found[i + 1]!.heading.span.start : text.length },
    ...(c.printedNumber !== undefined ? { printedNumber: c.printedNumber } : {}),
    numberingIsChinese: c.numberingIsChinese,
  }));
}
