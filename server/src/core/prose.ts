import { shortLabels } from './spec';
import { CharSet } from './char-set';
import { derive, derivedData } from './derived';
import { compare, formatDecimal, sum, type Decimal } from './decimal';
import type { Locale, Localized } from './findings';
import type { Report, Span } from './model';
import { parseProseCount } from './numerals';
import { countMatches } from './prose-figures';
import { tableSpec, type TableId } from './spec';
import { TABLE_NAMES } from './spec/english';

/**
 * Counts and shares stated in a report's prose (outside its tables), each read as the table cells
 * it restates. Recognition is deliberately narrow: a figure is read only when the words next to it
 * name a table quantity (收到…申请N件, 予以公开N条, 行政复议N件, 现行有效规范性文件N件 …); anything
 * else (来电, 建议提案, 测试申请, 全市…, 同比…) is left alone, so that a mismatch is worth a warning.
 */

export type MentionKind =
  /** Applications received (收到/收取/受理 … 申请 N 件). */
  | 'received'
  /** Applications handled (办理/处理/答复 … 申请 N 件). */
  | 'handled'
  | 'carried'
  | 'carry-over'
  /** An outcome of 表三 三、本年度办理结果 (a group such as 不予公开, or one row such as 重复申请). */
  | 'outcome'
  /** 表四 行政复议 / 行政诉讼 cases. */
  | 'cases'
  /** 表二 规章 / 行政规范性文件 issued, repealed or in force. */
  | 'documents'
  /** A percentage (占17.46%) of a figure just stated. */
  | 'share';

/** One way to read a prose figure: the sum of some cells (or, for a share, their ratio to others). */
export interface Reading {
  readonly keys: readonly string[];
  /** What the sum is, for messages (`表三「（一）予以公开」·「总计」`). */
  readonly label: Localized;
  /** For a share: the denominator's cells; the reading's value is Σkeys / Σdenominator × 100. */
  readonly denominator?: readonly string[];
  /** Why this reading is accepted besides the first (`受理` often includes last year's carried-over requests). */
  readonly note?: Localized;
}

export interface ProseMention {
  readonly kind: MentionKind;
  /** The figure as printed (`20`, `二十`, `1,234`, `17.46`; `未出现` for a stated absence), and where. */
  readonly text: string;
  readonly span: Span;
  /** The words read, from the cue to the counter (`予以公开3条`), and where. */
  readonly phrase: string;
  readonly phraseSpan: Span;
  /** The count, or the percentage for a share. */
  readonly value: Decimal;
  /** `readings[0]` is what the words most likely mean; agreement with any reading is agreement. */
  readonly readings: readonly Reading[];
}

export type ComparisonStatus = 'agrees' | 'agrees-alternative' | 'differs' | 'unknown';

export interface ReadingValue {
  readonly reading: Reading;
  /** The table's value for the reading (a share rounded to the printed decimals); absent when a cell is missing or blank. */
  readonly value?: Decimal;
  /** The cells' values, in the order of `reading.keys` (and then `reading.denominator`). */
  readonly parts: readonly (Decimal | undefined)[];
}

export interface MentionComparison {
  readonly mention: ProseMention;
  /** `agrees` = the first reading holds; `agrees-alternative` = another one does; `unknown` = nothing to compare. */
  readonly status: ComparisonStatus;
  readonly values: readonly ReadingValue[];
  /** The reading the status is about: the matching one, else the first with a value. */
  readonly reading?: ReadingValue;
}

// ---- the text as prose: tables and book titles blanked out, offsets kept ---------------------

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
  // Words inside 《…》 are a document's title, not a statement: 《关于…申请…的通知》 must not cue.
  return view.replace(/《[^》\n]{1,80}》/g, (m) => `《${TITLE_FILL.repeat(m.length - 2)}》`);
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

// ---- cues --------------------------------------------------------------------------------------

type Group = 'granted' | 'partial' | 'denied' | 'unable' | 'rejected' | 'other';

type Cue =
  | { readonly type: 'received' | 'handled' | 'accepted' }
  | { readonly type: 'carry' }
  | { readonly type: 'group'; readonly group: Group }
  | { readonly type: 'row'; readonly row: string }
  | { readonly type: 'review' | 'suit' }
  | { readonly type: 'document'; readonly row: 'rules' | 'normative' };

interface CuePattern {
  readonly re: RegExp;
  readonly cue: Cue;
}

const globalOf = (re: RegExp): RegExp => new RegExp(re.source, 'g');

/** Rows of 三、本年度办理结果 recognisable by their distinctive words (from the spec). */
const ROW_CUES: readonly CuePattern[] = tableSpec('s3', '2023').rows
  .filter((r) => /^(denied|unable|rejected)\./.test(r.key) || r.key === 'other.no_correction' || r.key === 'other.no_fee')
  .map((r) => ({ re: new RegExp(r.core.replace(/[()（）]/g, '')), cue: { type: 'row', row: r.key } as Cue }));

const CUES: readonly CuePattern[] = [
  { re: /收到|收取|接收|接到|新收|共收/, cue: { type: 'received' } },
  { re: /受理/, cue: { type: 'accepted' } },
  { re: /办理|处理|答复|办结/, cue: { type: 'handled' } },
  { re: /结转/, cue: { type: 'carry' } },
  { re: /予以(?:主动)?公开|同意公开|全部公开/, cue: { type: 'group', group: 'granted' } },
  { re: /部分公开/, cue: { type: 'group', group: 'partial' } },
  { re: /不予公开/, cue: { type: 'group', group: 'denied' } },
  { re: /无法提供|无法公开|不能提供/, cue: { type: 'group', group: 'unable' } },
  { re: /不予处理/, cue: { type: 'group', group: 'rejected' } },
  { re: /其他处理/, cue: { type: 'group', group: 'other' } },
  ...ROW_CUES,
  { re: /行政复议/, cue: { type: 'review' } },
  { re: /行政诉讼/, cue: { type: 'suit' } },
  { re: /行政规范性文件|规范性文件/, cue: { type: 'document', row: 'normative' } },
  { re: /规章(?!制度)/, cue: { type: 'document', row: 'rules' } },
];

interface CueMatch {
  readonly cue: Cue;
  readonly start: number;
  readonly end: number;
}

/** The cue closest before the figure (the last one to end; the longer one on a tie). */
const GLOBAL_CUES = CUES.map(({ re, cue }) => ({ re: globalOf(re), cue }));

/** Any cue at all: most prefixes hold none, and one search tells so. */
const ANY_CUE = new RegExp(CUES.map(({ re }) => `(?:${re.source})`).join('|'));

function nearestCue(prefix: string, offset: number): CueMatch | undefined {
  if (!ANY_CUE.test(prefix)) return undefined;
  let best: CueMatch | undefined;
  for (const { re, cue } of GLOBAL_CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(prefix); m; m = re.exec(prefix)) {
      const match = { cue, start: offset + m.index, end: offset + m.index + m[0].length };
      if (!best || match.end > best.end || (match.end === best.end && match.start < best.start)) best = match;
    }
  }
  return best;
}

/** Words that put a figure out of the table's scope: other kinds of requests, other bodies, comparisons. */
const OUT_OF_SCOPE = /同比|较上年|比上年|较去年|比去年|上年同期|与往年|往年|增加|减少|增长|下降|上升|全市|全区|全县|全省|全旗|各级|各部门|各单位|各区|各县|各镇|各乡|各街道|所属|下属|系统内/;
const OTHER_REQUESTS = /测试|协助|协查|协办|代为|转办|转交|咨询|来电|来信|热线|提问|留言|民声|信访|建议|提案|函件|暗访|模拟|复议|诉讼/;
/** An application in the table's sense (not 申请人, the applicant). */
const APPLICATION = /申请(?!人)/;
const DISCLOSURE = /信息公开|依申请|政务公开/;

const APPLICANT_COLUMNS: readonly { re: RegExp; columns: readonly string[] }[] = [
  { re: /自然人/g, columns: ['natural'] },
  { re: /法人或其他组织|法人和其他组织|法人或者其他组织/g, columns: ['commercial', 'research', 'public_interest', 'legal', 'other'] },
  { re: /商业企业/g, columns: ['commercial'] },
  { re: /科研机构/g, columns: ['research'] },
  { re: /社会公益组织/g, columns: ['public_interest'] },
  { re: /法律服务机构/g, columns: ['legal'] },
];

const CASE_COLUMNS: readonly { re: RegExp; columns: readonly string[] }[] = [
  { re: /维持/g, columns: ['upheld'] },
  { re: /纠正/g, columns: ['corrected'] },
  { re: /其他结果/g, columns: ['other'] },
  { re: /尚未审结|未审结|正在审理|审理中/g, columns: ['pending'] },
];

const DOCUMENT_VERBS: readonly { re: RegExp; column: 'issued' | 'repealed' | 'effective' }[] = [
  { re: /制发|制定|出台|印发|发布|新制作|制作/, column: 'issued' },
  { re: /废止|失效/, column: 'repealed' },
  { re: /现行有效|有效/, column: 'effective' },
];

function lastColumns(text: string, table: typeof APPLICANT_COLUMNS): readonly string[] | undefined {
  let best: { at: number; columns: readonly string[] } | undefined;
  for (const { re, columns } of table) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (!best || m.index > best.at) best = { at: m.index, columns };
  }
  return best?.columns;
}

// ---- readings ---------------------------------------------------------------------------------

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

const GROUP_LABELS: Readonly<Record<Group, string>> = {
  granted: '（一）予以公开', partial: '（二）部分公开', denied: '（三）不予公开',
  unable: '（四）无法提供', rejected: '（五）不予处理', other: '（六）其他处理',
};
const TABLE_EN: Readonly<Record<TableId, string>> = { s2: 'table 2', s3: 'table 3', s4: 'table 4' };

function editionOf(report: Report, id: TableId): Report['edition'] {
  return report.tables[id]?.edition ?? report.edition;
}

/** `表三「（一）予以公开」·「总计」`, `表三「一、本年新收…」+「二、上年结转…」·「总计」`, … */
function labelOf(report: Report, keys: readonly string[], group?: Group): Localized {
  const id = keys[0]!.slice(0, 2) as TableId;
  const edition = editionOf(report, id);
  const parts = keys.map((k) => {
    const { row, column } = shortLabels(k, edition);
    return { key: k, row, column };
  });
  const rows = [...new Set(parts.map((p) => p.row))];
  const columns = [...new Set(parts.map((p) => p.column))];
  const en = keys.length > 3
    ? `${keys[0]} + … + ${keys[keys.length - 1]} (${keys.length} cells, ${TABLE_EN[id]})`
    : `${keys.join(' + ')} (${TABLE_EN[id]})`;
  let zh: string;
  if (group && rows.length > 1) zh = `${TABLE_NAMES[id]['zh-CN']}「${GROUP_LABELS[group]}」各项·${columns.map((c) => `「${c}」`).join('+')}之和`;
  else if (rows.length === 1) zh = `${TABLE_NAMES[id]['zh-CN']}「${rows[0]}」·${columns.map((c) => `「${c}」`).join('+')}`;
  else if (columns.length === 1) zh = `${TABLE_NAMES[id]['zh-CN']}${rows.map((r) => `「${r}」`).join('+')}·「${columns[0]}」`;
  else zh = parts.map((p) => `${TABLE_NAMES[id]['zh-CN']}「${p.row}」·「${p.column}」`).join(' + ');
  return t(zh, en);
}

function reading(report: Report, keys: readonly string[], group?: Group, note?: Localized): Reading {
  return { keys, label: labelOf(report, keys, group), ...(note ? { note } : {}) };
}

const s3Keys = (rows: readonly string[], columns: readonly string[]): string[] =>
  rows.flatMap((r) => columns.map((c) => `s3.${r}.${c}`));

function groupRows(report: Report, group: Group): string[] {
  return tableSpec('s3', editionOf(report, 's3')).rows.map((r) => r.key)
    .filter((k) => k === group || k.startsWith(`${group}.`));
}

const NOTE_WITH_CARRIED = t(
  '年报常把“上年结转”计入受理或办理的申请数：该数等于本年新收与上年结转之和。',
  'Reports often count last year’s carried-over requests among those accepted or handled: the figure equals new plus carried over.',
);
const NOTE_RESULTS = t('该数等于本年度办理结果的总计。', 'The figure equals the total of this year’s results.');
const NOTE_NEW = t('该数等于本年新收申请数。', 'The figure equals the new requests received this year.');

function applicationReadings(report: Report, type: 'received' | 'accepted' | 'handled', columns: readonly string[]): Reading[] {
  const newRead = reading(report, s3Keys(['new'], columns));
  const withCarried = reading(report, s3Keys(['new', 'carried'], columns), undefined, NOTE_WITH_CARRIED);
  const results = reading(report, s3Keys(['total'], columns));
  if (type === 'received') return [newRead, withCarried];
  if (type === 'accepted') return [newRead, withCarried, { keys: results.keys, label: results.label, note: NOTE_RESULTS }];
  return [results, withCarried, { keys: newRead.keys, label: newRead.label, note: NOTE_NEW }];
}

// ---- candidates: a figure followed by a counter ----------------------------------------------

/** Before a figure: part of a bigger number, an ordinal, or an approximation. */
const NOT_A_COUNT_BEFORE = /[0-9０-９.．第每同另某任之统唯逐约近逾]$|超过$|不足$|大约$/;
/** After the counter: an approximation, or a unit that makes it a duration or a measure (5个工作日, 3个百分点). */
const NOT_A_COUNT_AFTER = /^(?:左右|以上|以下|多|余|事|部分(?!公开)|工作日|月|小时|百分点|季度|星期|批次|方面|环节)/;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly counterEnd: number;
  readonly text: string;
  readonly value: Decimal;
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

// ---- extraction --------------------------------------------------------------------------------

interface Context {
  readonly report: Report;
  readonly view: string;
}

/** The report's own year, to tell 结转至2024年 (carried out) from 结转至2023年 (carried in). */
function carryDirection(context: Context, between: string): 'carried' | 'carry-over' {
  if (/下一?年|次年|转入/.test(between)) return 'carry-over';
  const year = /(20\d\d)\s*年/.exec(between);
  if (year && /[至到]/.test(between) && context.report.year !== undefined && Number(year[1]) > context.report.year) return 'carry-over';
  return 'carried';
}

interface Recognised {
  readonly kind: MentionKind;
  readonly readings: readonly Reading[];
  /** What a qualifier-only clause after it (其中自然人18件) inherits. */
  readonly inherit?: { readonly rows: readonly string[]; readonly group?: Group; readonly table: 's3' | 's4' };
}

function caseKeys(type: 'review' | 'suit' | 'both', columns: readonly string[]): string[] {
  const groups = type === 'review' ? ['review'] : type === 'suit' ? ['suit_direct', 'suit_after_review'] : ['review', 'suit_direct', 'suit_after_review'];
  return groups.flatMap((g) => columns.map((c) => `s4.${g}.${c}`));
}

const NOUN_AFTER = /^\s*(?:的)?(行政规范性文件|规范性文件|规章(?!制度))/;
const CARRY = /结转/;

function recognise(
  context: Context, candidate: Candidate, prefixStart: number, clauseStart: number, clauseEnd: number, suffixEnd: number,
  previous: Recognised | undefined,
): { recognised: Recognised; cueStart: number } | undefined {
  const { report, view } = context;
  const prefix = view.slice(prefixStart, candidate.start);
  const suffix = view.slice(candidate.counterEnd, suffixEnd);
  const clause = view.slice(clauseStart, clauseEnd);
  const around = prefix + suffix;
  if (OUT_OF_SCOPE.test(around)) return undefined;

  // A document noun right after the counter: 出台3件规范性文件.
  const nounAfter = NOUN_AFTER.exec(suffix);
  let cue = nearestCue(prefix, prefixStart);
  // 结转下年度继续办理的申请1件: 结转 says what is counted, 办理 only how.
  const carry = CARRY.exec(prefix);
  if (carry && cue && (cue.cue.type === 'received' || cue.cue.type === 'accepted' || cue.cue.type === 'handled')) {
    cue = { cue: { type: 'carry' }, start: prefixStart + carry.index, end: prefixStart + carry.index + 2 };
  }
  if (nounAfter) {
    cue = { cue: { type: 'document', row: nounAfter[1] === '规章' ? 'rules' : 'normative' }, start: candidate.counterEnd, end: candidate.counterEnd };
  }
  const applicantColumns = (): readonly string[] | undefined => lastColumns(prefix, APPLICANT_COLUMNS);
  const caseColumns = (): readonly string[] | undefined => lastColumns(prefix, CASE_COLUMNS);

  if (!cue) {
    // 其中自然人18件 / 其中维持1件: the figure before it in the sentence says what is counted.
    if (!previous?.inherit) return undefined;
    const { inherit } = previous;
    const applicants = inherit.table === 's3' ? applicantColumns() : undefined;
    if (applicants) {
      return {
        recognised: { kind: previous.kind, readings: [reading(report, s3Keys(inherit.rows, applicants), inherit.group)], inherit },
        cueStart: prefixStart + prefix.search(/\S/),
      };
    }
    const cases = inherit.table === 's4' ? caseColumns() : undefined;
    if (cases) {
      const keys = inherit.rows.flatMap((g) => cases.map((c) => `s4.${g}.${c}`));
      return { recognised: { kind: 'cases', readings: [reading(report, keys)], inherit }, cueStart: prefixStart + prefix.search(/\S/) };
    }
    return undefined;
  }

  const columns = applicantColumns() ?? ['total'];
  const c = cue.cue;
  const contextWindow = view.slice(Math.max(0, clauseStart - 240), clauseEnd);
  switch (c.type) {
    case 'received':
    case 'accepted':
    case 'handled': {
      if (!APPLICATION.test(clause) || OTHER_REQUESTS.test(around)) return undefined;
      const readings = applicationReadings(report, c.type, columns);
      const rows = c.type === 'handled' ? ['total'] : ['new'];
      return { recognised: { kind: c.type === 'handled' ? 'handled' : 'received', readings, inherit: { rows, table: 's3' } }, cueStart: cue.start };
    }
    case 'carry': {
      if (!APPLICATION.test(contextWindow)) return undefined;
      const direction = carryDirection(context, view.slice(cue.start, candidate.start));
      const row = direction === 'carried' ? 'carried' : 'carry_over';
      return { recognised: { kind: direction, readings: [reading(report, s3Keys([row], columns))], inherit: { rows: [row], table: 's3' } }, cueStart: cue.start };
    }
    case 'group':
    case 'row': {
      if (!APPLICATION.test(contextWindow)) return undefined;
      const rows = c.type === 'group' ? groupRows(report, c.group) : [c.row];
      if (rows.length === 0) return undefined;
      const group = c.type === 'group' ? c.group : undefined;
      return { recognised: { kind: 'outcome', readings: [reading(report, s3Keys(rows, columns), group)], inherit: { rows, group, table: 's3' } }, cueStart: cue.start };
    }
    case 'review':
    case 'suit': {
      // The figure must follow its cue closely (行政复议案件2件), not end a list of section titles.
      if (!/^[^、，,]{0,10}$/.test(view.slice(cue.end, candidate.start))) return undefined;
      const inSection4 = report.sections.some((s) => s.index === 4 && s.span.start <= candidate.start && candidate.start < s.span.end);
      if (!inSection4 && !DISCLOSURE.test(clause)) return undefined;
      const other = c.type === 'review' ? /行政诉讼/ : /行政复议/;
      const type = other.test(prefix) ? 'both' : c.type;
      const keys = caseKeys(type, caseColumns() ?? ['total']);
      const rows = type === 'review' ? ['review'] : type === 'suit' ? ['suit_direct', 'suit_after_review'] : ['review', 'suit_direct', 'suit_after_review'];
      return { recognised: { kind: 'cases', readings: [reading(report, keys)], inherit: { rows, table: 's4' } }, cueStart: cue.start };
    }
    case 'document': {
      // The noun must be right at the figure (规范性文件10个, 规章共2件) or right after it.
      if (!nounAfter && !/^[\s等共计合为有达的数量]*$/.test(view.slice(cue.end, candidate.start))) return undefined;
      const before = view.slice(clauseStart, Math.min(cue.start, candidate.start));
      let verb: { at: number; column: 'issued' | 'repealed' | 'effective' } | undefined;
      for (const { re, column } of DOCUMENT_VERBS) {
        const global = new RegExp(re.source, 'g');
        for (let m = global.exec(before); m; m = global.exec(before)) {
          if (!verb || m.index + m[0].length > verb.at) verb = { at: m.index + m[0].length, column };
        }
      }
      if (!verb || /清理|审查|审核|备案|解读|征求意见|草案/.test(before)) return undefined;
      const edition = editionOf(report, 's2');
      const columnsFor: Record<typeof verb.column, readonly string[]> = edition === '2023'
        ? { issued: ['issued'], repealed: ['repealed'], effective: ['effective'] }
        : { issued: ['new_made', 'new_published'], repealed: [], effective: ['total_published'] };
      const readings = columnsFor[verb.column].map((col) => reading(report, [`s2.${c.row}.${col}`]));
      if (readings.length === 0) return undefined;
      return { recognised: { kind: 'documents', readings }, cueStart: Math.min(cue.start, candidate.start) };
    }
  }
}

/** Statements of absence: 未出现…行政复议、行政诉讼案件, 未收到政府信息公开申请. */
const ABSENCE = /(?:暂未|均未|未|没有|无)(?:发生|出现|收到|接到|产生|涉及|受理)/g;

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
      keys = caseKeys(review && suit ? 'both' : review ? 'review' : 'suit', ['total']);
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

const SHARE = /占[^，,。；;%％\n]{0,16}?([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]/g;

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
        label: t(`${num['zh-CN']} ÷ ${den['zh-CN']}`, `${num.en} ÷ ${den.en}`),
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

// ---- comparison with the tables ---------------------------------------------------------------

function cellValue(report: Report, key: string): Decimal | undefined {
  const cell = report.tables[key.slice(0, 2) as TableId]?.cells.get(key);
  return cell?.value.kind === 'number' ? cell.value.value : undefined;
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Σnum / Σden × 100, rounded half up to `decimals` places; undefined for a zero denominator or a non-integral count. */
function percentage(num: Decimal, den: Decimal, decimals: number): { rounded: Decimal; agrees: (p: Decimal) => boolean } | undefined {
  if (num.scale !== 0 || den.scale !== 0 || den.units <= 0n) return undefined;
  const scaled = num.units * 100n * pow10(decimals);
  const rounded = { units: (2n * scaled + den.units) / (2n * den.units), scale: decimals };
  // Printed P agrees when the exact share lies in [P − ½, P + 1) units of the last place: rounded or truncated.
  const agrees = (p: Decimal): boolean => {
    const printed = p.units * pow10(decimals - p.scale);
    const diff = 2n * (scaled - printed * den.units);
    return diff >= -den.units && diff < 2n * den.units;
  };
  return { rounded, agrees };
}

function valueOf(report: Report, mention: ProseMention, r: Reading): ReadingValue {
  const parts = r.keys.map((k) => cellValue(report, k));
  const denParts = (r.denominator ?? []).map((k) => cellValue(report, k));
  const all = [...parts, ...denParts];
  if (all.some((p) => p === undefined)) return { reading: r, parts: all };
  const total = sum(parts as Decimal[]);
  if (!r.denominator) return { reading: r, value: total, parts: all };
  const share = percentage(total, sum(denParts as Decimal[]), mention.value.scale);
  return share ? { reading: r, value: share.rounded, parts: all } : { reading: r, parts: all };
}

function agrees(mention: ProseMention, v: ReadingValue): boolean {
  if (!v.value) return false;
  if (!v.reading.denominator) return compare(v.value, mention.value) === 0;
  const parts = v.parts as Decimal[];
  const n = v.reading.keys.length;
  const share = percentage(sum(parts.slice(0, n)), sum(parts.slice(n)), mention.value.scale);
  return !!share && share.agrees(mention.value);
}

/** The figure against the table: which reading holds, if any. */
export function compareMention(report: Report, mention: ProseMention): MentionComparison {
  const values = mention.readings.map((r) => valueOf(report, mention, r));
  const matching = values.findIndex((v) => agrees(mention, v));
  if (matching >= 0) return { mention, status: matching === 0 ? 'agrees' : 'agrees-alternative', values, reading: values[matching] };
  const known = values.find((v) => v.value);
  return { mention, status: known ? 'differs' : 'unknown', values, ...(known ? { reading: known } : {}) };
}

// ---- hover ------------------------------------------------------------------------------------

const fmt = (d: Decimal | undefined): string => (d ? formatDecimal(d) : '□');

function readingLine(v: ReadingValue, locale: Locale): string {
  const label = v.reading.label[locale];
  if (!v.value) return `${label}${locale === 'en' ? ': blank or missing' : '：空白或缺失'}`;
  if (v.reading.denominator) return `${label} = ${formatDecimal(v.value)}%`;
  const parts = v.parts.length > 1 ? ` = ${v.parts.map(fmt).join(' + ')}` : '';
  return `${label}${parts} = ${formatDecimal(v.value)}`;
}

const STATUS_TEXT: Readonly<Record<ComparisonStatus, Localized>> = {
  agrees: t('✓ 与表格一致', '✓ agrees with the table'),
  'agrees-alternative': t('✓ 与表格一致（另一种读法）', '✓ agrees with the table (another reading)'),
  differs: t('✗ 与表格不一致', '✗ disagrees with the table'),
  unknown: t('表格中没有可比较的数字', 'nothing in the table to compare with'),
};

/** The mention whose figure (or phrase) holds `offset`, if any. */
export function proseMentionAt(report: Report, offset: number): ProseMention | undefined {
  const mentions = proseMentions(report);
  return mentions.find((m) => m.span.start <= offset && offset <= m.span.end)
    ?? mentions.find((m) => m.phraseSpan.start <= offset && offset < m.phraseSpan.end);
}

/** A prose figure explained, as data in one locale (the LSP renders it as a hover). */
export interface ProseExplanation {
  readonly mention: ProseMention;
  /** The words around the figure as printed, and the figure as read (`56`, `12.5%`). */
  readonly phrase: string;
  readonly figure: string;
  readonly status: ComparisonStatus;
  /** `✓ 与表格一致` … */
  readonly verdict: string;
  /** Each reading of the figure against the table; `holds` for the one that agrees. */
  readonly readings: readonly { readonly text: string; readonly holds: boolean; readonly note?: string }[];
}

/** The heading of a prose figure's explanation. */
export const PROSE_FIGURE_WORDS: Localized = t('正文数字', 'Figure in the text');

/** A prose figure at `offset`: the cells it restates, and whether they agree. */
export function explainProseNumber(report: Report, offset: number, locale: Locale): ProseExplanation | undefined {
  const mention = proseMentionAt(report, offset);
  if (!mention) return undefined;
  const comparison = compareMention(report, mention);
  const agreed = comparison.status === 'agrees' || comparison.status === 'agrees-alternative';
  return {
    mention, phrase: mention.phrase.trim(),
    figure: mention.kind === 'share' ? `${formatDecimal(mention.value)}%` : formatDecimal(mention.value),
    status: comparison.status, verdict: STATUS_TEXT[comparison.status][locale],
    readings: comparison.values.map((v) => {
      const holds = agreed && comparison.reading === v;
      const note = holds && comparison.status === 'agrees-alternative' ? v.reading.note?.[locale] : undefined;
      return { text: readingLine(v, locale), holds, ...(note ? { note } : {}) };
    }),
  };
}
