// Finding the figures: the prose view of the report (tables and book titles blanked out), figures
// followed by a counter, each given to recognise.ts; statements of absence and shares.
import { CharSet } from '../char-set';
import { derive, derivedData } from '../derived';
import type { Decimal } from '../decimal';
import type { Localized } from '../findings';
import type { Report } from '../model';
import { parseProseCount } from '../numerals';
import { countMatches } from '../prose-figures';
import { caseKeys, labelOf, reading } from './readings';
import { lastColumns, recognise, type Candidate, type Context, type Recognised } from './recognise';
import type { MentionKind, ProseMention, Reading } from './types';
import { ABSENCE, APPLICATION, CASE_COLUMNS, NOT_A_COUNT_AFTER, NOT_A_COUNT_BEFORE, NOTE_NEW, NOTE_WITH_CARRIED, OTHER_REQUESTS, OUT_OF_SCOPE, SHARE } from './words';
import { text } from '../locale';

const BLANK = '\n';
const TITLE_FILL = '○';

function proseView(report: Report): string {
  const { text } = report;
  const tables = Object.values(report.tables).filter((t) => !!t).map((t) => t!.span).sort((a, b) => a.start - b.start);
  let view = '';
  let at = 0;
  for (const span of tables) {
    const start = Math.max(at, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    view += text.slice(at, start) + BLANK.repeat(end - start);
    at = end;
  }
  view += text.slice(at);
  view = joinWrappedLines(view);
  // Words inside 《…》 are a document's title, not a statement: 《关于…申请…的通知》 must not cue.
  return view.replace(/《[^》\n]{1,80}》/g, (m) => `《${TITLE_FILL.repeat(m.length - 2)}》`);
}

const isHan = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;
/** What ends a sentence or a cell before the comma a wrapped line holds. */
const NOT_WRAPPED = new CharSet('\n。！？!?；;：:|\t');

/**
 * A sentence wrapped over two lines (text copied from a PDF): the break between two CJK characters,
 * on a line that is a sentence's beginning (a comma at most 61 characters back, no sentence end
 * between) reads as a space (same length: view offsets stay text offsets). A scan from each break
 * back, not a regex: V8 runs a lookbehind at every position, a comma-led regex from every comma.
 */
function joinWrappedLines(view: string): string {
  let out = '';
  let from = 0;
  for (let at = view.indexOf('\n'); at >= 0; at = view.indexOf('\n', at + 1)) {
    if (!isHan(view.charCodeAt(at - 1)) || !isHan(view.charCodeAt(at + 1))) continue;
    for (let i = at - 2; i >= Math.max(0, at - 62); i--) {
      const code = view.charCodeAt(i);
      if (code === 0xff0c || code === 44) {
        out += `${view.slice(from, at)} `;
        from = at + 1;
        break;
      }
      if (NOT_WRAPPED.has(code)) break;
    }
  }
  return from === 0 ? view : out + view.slice(from);
}

const SENTENCE_END_CHARS = '。！？!?；;\n';
const SENTENCE_END = new CharSet(SENTENCE_END_CHARS);
const CLAUSE_END = new CharSet(`${SENTENCE_END_CHARS}，,：:`);

function backTo(view: string, from: number, stops: CharSet, limit: number): number {
  const floor = Math.max(0, from - limit);
  for (let i = from - 1; i >= floor; i--) if (stops.has(view.charCodeAt(i))) return i + 1;
  return floor;
}

function forwardTo(view: string, from: number, stops: CharSet, limit: number): number {
  const ceiling = Math.min(view.length, from + limit);
  for (let i = from; i < ceiling; i++) if (stops.has(view.charCodeAt(i))) return i;
  return ceiling;
}

function candidates(view: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of countMatches(view)) {
    const { start, figure } = m;
    const end = start + figure.length;
    const counterEnd = start + m.length;
    if (NOT_A_COUNT_BEFORE.test(view.slice(Math.max(0, start - 2), start))) continue;
    if (NOT_A_COUNT_AFTER.test(view.slice(counterEnd, counterEnd + 3))) continue;
    // A lone 一 before a counter is mostly an article (建立一个台账), not a count.
    if (figure === '一') continue;
    const value = parseProseCount(figure);
    if (!value) continue;
    out.push({ start, end, counterEnd, text: figure, value });
  }
  return out;
}


function absences(context: Context, counts: readonly Candidate[]): ProseMention[] {
  const { report, view } = context;
  const out: ProseMention[] = [];
  for (const m of view.matchAll(ABSENCE)) {
    const start = m.index!;
    const clauseEnd = forwardTo(view, start, CLAUSE_END, 80);
    const clauseStart = backTo(view, start, CLAUSE_END, 80);
    if (counts.some((c) => c.start >= clauseStart && c.start < clauseEnd)) continue;
    const rest = view.slice(start, clauseEnd);
    if (OUT_OF_SCOPE.test(view.slice(clauseStart, clauseEnd))) continue;
    const review = /行政复议/.test(rest);
    const suit = /行政诉讼/.test(rest);
    let kind: MentionKind;
    let keys: string[];
    if (review || suit) {
      kind = 'cases';
      // `没有出现行政复议纠错的案件` states the absence of one outcome, not of every case.
      keys = caseKeys(review && suit ? 'both' : review ? 'review' : 'suit', lastColumns(rest, CASE_COLUMNS) ?? ['total']);
    } else if (APPLICATION.test(rest) && /收到|接到|受理/.test(m[0]) && !OTHER_REQUESTS.test(rest)) {
      kind = 'received';
      keys = ['s3.new.total'];
    } else continue;
    const span = { start, end: start + m[0].length };
    out.push({
      kind, text: m[0], span, phrase: rest.replace(/\s+/g, ''), phraseSpan: { start, end: clauseEnd },
      value: { units: 0n, scale: 0 }, readings: [reading(report, keys)],
    });
  }
  return out;
}


function parsePercent(text: string): Decimal | undefined {
  const ascii = text.replace(/[０-９．]/g, (d) => (d === '．' ? '.' : String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  const m = /^(\d+)(?:\.(\d+))?$/.exec(ascii);
  if (!m) return undefined;
  return { units: BigInt(m[1]! + (m[2] ?? '')), scale: (m[2] ?? '').length };
}

/** Shares stated right after an outcome or an applicant breakdown: 予以公开44件，占48.35%. */
function shares(context: Context, mentions: readonly ProseMention[]): ProseMention[] {
  const { report, view } = context;
  const out: ProseMention[] = [];
  const anchors = mentions.filter((m) => m.kind === 'outcome' || (m.kind === 'received' && !m.readings[0]!.keys.some((k) => k.endsWith('.total'))));
  for (const m of view.matchAll(SHARE)) {
    const start = m.index!;
    const anchor = [...anchors].reverse().find((a) => a.phraseSpan.end <= start && start - a.phraseSpan.end <= 24);
    if (!anchor) continue;
    const between = view.slice(anchor.phraseSpan.end, start);
    if (forwardTo(between, 0, SENTENCE_END, between.length) < between.length || OUT_OF_SCOPE.test(m[0]) || /[0-9０-９]/.test(between)) continue;
    const value = parsePercent(m[1]!);
    if (!value) continue;
    const keys = anchor.readings[0]!.keys;
    const columns = [...new Set(keys.map((k) => k.split('.').pop()!))];
    const denominators: { keys: string[]; note?: Localized }[] = columns.includes('total')
      ? [{ keys: ['s3.total.total'] }, { keys: ['s3.new.total'], note: NOTE_NEW }, { keys: ['s3.new.total', 's3.carried.total'], note: NOTE_WITH_CARRIED }]
      : [{ keys: [...new Set(keys.map((k) => k.replace(/\.[a-z_]+$/, '.total')))] }];
    const figureStart = start + m[0].indexOf(m[1]!);
    const readings = denominators.map((d): Reading => {
      const num = labelOf(report, keys);
      const den = labelOf(report, d.keys);
      return {
        keys, denominator: d.keys,
        label: text(`${num['zh-CN']} ÷ ${den['zh-CN']}`, `${num.en} ÷ ${den.en}`),
        ...(d.note ? { note: d.note } : {}),
      };
    });
    out.push({
      kind: 'share', text: m[1]!, span: { start: figureStart, end: figureStart + m[1]!.length },
      phrase: m[0], phraseSpan: { start, end: start + m[0].length }, value, readings,
    });
  }
  return out;
}

function extract(report: Report): ProseMention[] {
  const view = proseView(report);
  const context: Context = { report, view };
  const counts = candidates(view);
  const mentions: ProseMention[] = [];
  let previous: { recognised: Recognised; sentenceStart: number } | undefined;
  for (let i = 0; i < counts.length; i++) {
    const candidate = counts[i]!;
    const clauseStart = backTo(view, candidate.start, CLAUSE_END, 120);
    const sentenceStart = backTo(view, candidate.start, SENTENCE_END, 400);
    const before = counts[i - 1];
    const prefixStart = before && before.counterEnd > clauseStart ? before.counterEnd : clauseStart;
    const clauseEnd = forwardTo(view, candidate.counterEnd, CLAUSE_END, 80);
    const next = counts[i + 1];
    const suffixEnd = next && next.start < clauseEnd ? next.start : clauseEnd;
    const inherited = previous && previous.sentenceStart === sentenceStart ? previous.recognised : undefined;
    const found = recognise(context, candidate, prefixStart, clauseStart, clauseEnd, suffixEnd, inherited);
    if (!found) continue;
    previous = { recognised: found.recognised, sentenceStart };
    const phraseStart = Math.max(prefixStart, Math.min(found.cueStart, candidate.start));
    mentions.push({
      kind: found.recognised.kind, text: candidate.text, span: { start: candidate.start, end: candidate.end },
      phrase: report.text.slice(phraseStart, candidate.counterEnd), phraseSpan: { start: phraseStart, end: candidate.counterEnd },
      value: candidate.value, readings: found.recognised.readings,
    });
  }
  mentions.push(...absences(context, counts));
  mentions.push(...shares(context, mentions));
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

const mentionsOf = derivedData('prose mentions', (report): readonly ProseMention[] => {
  try {
    return extract(report);
  } catch {
    return [];
  }
});

/** Every recognised figure of the report's prose, in text order (found once per report). Never throws. */
export const proseMentions = (report: Report): readonly ProseMention[] => derive(report, mentionsOf);
