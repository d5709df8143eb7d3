// Recognising one figure: the cue nearest before it names what it counts, one small function per
// kind of cue; a figure with no cue of its own may inherit the one before it in the sentence.
import type { Decimal } from '../decimal';
import type { Report } from '../model';
import { applicationReadings, caseKeys, editionOf, groupRows, reading, s3Keys } from './readings';
import type { MentionKind, Reading } from './types';
import {
  ANY_CUE, APPLICANT_COLUMNS, APPLICATION, CARRY, CASE_COLUMNS, DISCLOSURE, DOCUMENT_VERBS, GLOBAL_CUES, NOUN_AFTER, OTHER_REQUESTS,
  OUT_OF_SCOPE, type Cue, type Group,
} from './words';

export interface Context {
  readonly report: Report;
  readonly view: string;
}

/** A figure followed by a counter (`12件`), where it is in the prose view. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly counterEnd: number;
  readonly text: string;
  readonly value: Decimal;
}

export interface Recognised {
  readonly kind: MentionKind;
  readonly readings: readonly Reading[];
  /** What a qualifier-only clause after it (其中自然人18件) inherits. */
  readonly inherit?: { readonly rows: readonly string[]; readonly group?: Group; readonly table: 's3' | 's4' };
}

export type Found = { recognised: Recognised; cueStart: number } | undefined;

interface CueMatch {
  readonly cue: Cue;
  readonly start: number;
  readonly end: number;
}

/** The cue closest before the figure (the last one to end; the longer one on a tie). */
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

export function lastColumns(text: string, table: typeof APPLICANT_COLUMNS): readonly string[] | undefined {
  let best: { at: number; columns: readonly string[] } | undefined;
  for (const { re, columns } of table) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (!best || m.index > best.at) best = { at: m.index, columns };
  }
  return best?.columns;
}

/** The report's own year, to tell 结转至2024年 (carried out) from 结转至2023年 (carried in). */
function carryDirection(context: Context, between: string): 'carried' | 'carry-over' {
  if (/下一?年|次年|转入/.test(between)) return 'carry-over';
  const year = /(20\d\d)\s*年/.exec(between);
  if (year && /[至到]/.test(between) && context.report.year !== undefined && Number(year[1]) > context.report.year) return 'carry-over';
  return 'carried';
}

/** The text around one figure, as every cue's reader sees it. */
interface Clause {
  readonly context: Context;
  readonly candidate: Candidate;
  readonly prefix: string;
  readonly prefixStart: number;
  readonly suffix: string;
  readonly clause: string;
  readonly clauseStart: number;
  readonly around: string;
  /** Up to 240 characters before the clause and the clause: where 申请 may be said once for several figures. */
  readonly window: string;
  readonly applicantColumns: () => readonly string[] | undefined;
  readonly caseColumns: () => readonly string[] | undefined;
}

/** 其中自然人18件 / 其中维持1件: the figure before it in the sentence says what is counted. */
function inherited(c: Clause, previous: Recognised | undefined): Found {
  if (!previous?.inherit) return undefined;
  const { inherit } = previous;
  const cueStart = c.prefixStart + c.prefix.search(/\S/);
  const applicants = inherit.table === 's3' ? c.applicantColumns() : undefined;
  if (applicants) {
    return { recognised: { kind: previous.kind, readings: [reading(c.context.report, s3Keys(inherit.rows, applicants), inherit.group)], inherit }, cueStart };
  }
  const cases = inherit.table === 's4' ? c.caseColumns() : undefined;
  if (!cases) return undefined;
  const keys = inherit.rows.flatMap((g) => cases.map((col) => `s4.${g}.${col}`));
  return { recognised: { kind: 'cases', readings: [reading(c.context.report, keys)], inherit }, cueStart };
}

/** 收到/受理/办理 … 申请 N 件. */
function applications(c: Clause, type: 'received' | 'accepted' | 'handled', cue: CueMatch, columns: readonly string[]): Found {
  if (!APPLICATION.test(c.clause) || OTHER_REQUESTS.test(c.around)) return undefined;
  const readings = applicationReadings(c.context.report, type, columns);
  const rows = type === 'handled' ? ['total'] : ['new'];
  return { recognised: { kind: type === 'handled' ? 'handled' : 'received', readings, inherit: { rows, table: 's3' } }, cueStart: cue.start };
}

/** 上年结转 N 件 / 结转下年度 N 件. */
function carried(c: Clause, cue: CueMatch, columns: readonly string[]): Found {
  if (!APPLICATION.test(c.window)) return undefined;
  const direction = carryDirection(c.context, c.context.view.slice(cue.start, c.candidate.start));
  const row = direction === 'carried' ? 'carried' : 'carry_over';
  return { recognised: { kind: direction, readings: [reading(c.context.report, s3Keys([row], columns))], inherit: { rows: [row], table: 's3' } }, cueStart: cue.start };
}

/** 予以公开 N 件 (a group of results) or 重复申请 N 件 (one result row). */
function outcome(c: Clause, cue: CueMatch, columns: readonly string[]): Found {
  if (!APPLICATION.test(c.window)) return undefined;
  const { cue: found } = cue;
  if (found.type !== 'group' && found.type !== 'row') return undefined;
  const rows = found.type === 'group' ? groupRows(c.context.report, found.group) : [found.row];
  if (rows.length === 0) return undefined;
  const group = found.type === 'group' ? found.group : undefined;
  return { recognised: { kind: 'outcome', readings: [reading(c.context.report, s3Keys(rows, columns), group)], inherit: { rows, group, table: 's3' } }, cueStart: cue.start };
}

/** 行政复议 / 行政诉讼 N 件. */
function cases(c: Clause, type: 'review' | 'suit', cue: CueMatch): Found {
  const { view, report } = c.context;
  // The figure must follow its cue closely (行政复议案件2件), not end a list of section titles.
  if (!/^[^、，,]{0,10}$/.test(view.slice(cue.end, c.candidate.start))) return undefined;
  const inSection4 = report.sections.some((s) => s.index === 4 && s.span.start <= c.candidate.start && c.candidate.start < s.span.end);
  if (!inSection4 && !DISCLOSURE.test(c.clause)) return undefined;
  const both = (type === 'review' ? /行政诉讼/ : /行政复议/).test(c.prefix);
  const which = both ? 'both' : type;
  const keys = caseKeys(which, c.caseColumns() ?? ['total']);
  const rows = which === 'review' ? ['review'] : which === 'suit' ? ['suit_direct', 'suit_after_review'] : ['review', 'suit_direct', 'suit_after_review'];
  return { recognised: { kind: 'cases', readings: [reading(report, keys)], inherit: { rows, table: 's4' } }, cueStart: cue.start };
}

/** 制发/废止/现行有效 … 规章 / 规范性文件 N 件. */
function documents(c: Clause, row: 'rules' | 'normative', cue: CueMatch, nounAfter: boolean): Found {
  const { view, report } = c.context;
  // The noun must be right at the figure (规范性文件10个, 规章共2件) or right after it.
  if (!nounAfter && !/^[\s等共计合为有达的数量]*$/.test(view.slice(cue.end, c.candidate.start))) return undefined;
  const before = view.slice(c.clauseStart, Math.min(cue.start, c.candidate.start));
  let verb: { at: number; column: 'issued' | 'repealed' | 'effective' } | undefined;
  for (const { re, column } of DOCUMENT_VERBS) {
    const global = new RegExp(re.source, 'g');
    for (let m = global.exec(before); m; m = global.exec(before)) {
      if (!verb || m.index + m[0].length > verb.at) verb = { at: m.index + m[0].length, column };
    }
  }
  if (!verb || /清理|审查|审核|备案|解读|征求意见|草案/.test(before)) return undefined;
  const columnsFor: Record<typeof verb.column, readonly string[]> = editionOf(report, 's2') === '2023'
    ? { issued: ['issued'], repealed: ['repealed'], effective: ['effective'] }
    : { issued: ['new_made', 'new_published'], repealed: [], effective: ['total_published'] };
  const readings = columnsFor[verb.column].map((col) => reading(report, [`s2.${row}.${col}`]));
  if (readings.length === 0) return undefined;
  return { recognised: { kind: 'documents', readings }, cueStart: Math.min(cue.start, c.candidate.start) };
}

/** What one figure counts, from the words around it (or the figure before it in the sentence). */
export function recognise(
  context: Context, candidate: Candidate, prefixStart: number, clauseStart: number, clauseEnd: number, suffixEnd: number,
  previous: Recognised | undefined,
): Found {
  const { view } = context;
  const prefix = view.slice(prefixStart, candidate.start);
  const suffix = view.slice(candidate.counterEnd, suffixEnd);
  const around = prefix + suffix;
  if (OUT_OF_SCOPE.test(around)) return undefined;
  const c: Clause = {
    context, candidate, prefix, prefixStart, suffix, clause: view.slice(clauseStart, clauseEnd), clauseStart, around,
    window: view.slice(Math.max(0, clauseStart - 240), clauseEnd),
    applicantColumns: () => lastColumns(prefix, APPLICANT_COLUMNS),
    caseColumns: () => lastColumns(prefix, CASE_COLUMNS),
  };

  // A document noun right after the counter: 出台3件规范性文件.
  const nounAfter = NOUN_AFTER.exec(suffix);
  let cue = nearestCue(prefix, prefixStart);
  // 结转下年度继续办理的申请1件: 结转 says what is counted, 办理 only how.
  const carry = CARRY.exec(prefix);
  if (carry && cue && (cue.cue.type === 'received' || cue.cue.type === 'accepted' || cue.cue.type === 'handled')) {
    cue = { cue: { type: 'carry' }, start: prefixStart + carry.index, end: prefixStart + carry.index + 2 };
  }
  if (nounAfter) cue = { cue: { type: 'document', row: nounAfter[1] === '规章' ? 'rules' : 'normative' }, start: candidate.counterEnd, end: candidate.counterEnd };
  if (!cue) return inherited(c, previous);

  const columns = c.applicantColumns() ?? ['total'];
  const found = cue.cue;
  switch (found.type) {
    case 'received':
    case 'accepted':
    case 'handled': return applications(c, found.type, cue, columns);
    case 'carry': return carried(c, cue, columns);
    case 'group':
    case 'row': return outcome(c, cue, columns);
    case 'review':
    case 'suit': return cases(c, found.type, cue);
    case 'document': return documents(c, found.row, cue, !!nounAfter);
  }
}
