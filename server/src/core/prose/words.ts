// The words the prose reader looks for (data): cues naming a table quantity, words that put a figure
// out of the table's scope, applicant and case columns, document verbs, counters, absences, shares,
// and the texts of readings and verdicts. Extraction (extract.ts, recognise.ts) only applies them.
import type { Localized } from '../findings';
import { tableSpec, type TableId } from '../spec';
import type { ComparisonStatus } from './types';

import { text } from '../locale';

export type Group = 'granted' | 'partial' | 'denied' | 'unable' | 'rejected' | 'other';

export type Cue =
  | { readonly type: 'received' | 'handled' | 'accepted' }
  | { readonly type: 'carry' }
  | { readonly type: 'group'; readonly group: Group }
  | { readonly type: 'row'; readonly row: string }
  | { readonly type: 'review' | 'suit' }
  | { readonly type: 'document'; readonly row: 'rules' | 'normative' };

export interface CuePattern {
  readonly re: RegExp;
  readonly cue: Cue;
}

export const globalOf = (re: RegExp): RegExp => new RegExp(re.source, 'g');

/** Rows of 三、本年度办理结果 recognisable by their distinctive words (from the spec). */
export const ROW_CUES: readonly CuePattern[] = tableSpec('s3', '2023').rows
  .filter((r) => /^(denied|unable|rejected)\./.test(r.key) || r.key === 'other.no_correction' || r.key === 'other.no_fee')
  .map((r) => ({ re: new RegExp(r.core.replace(/[()（）]/g, '')), cue: { type: 'row', row: r.key } as Cue }));

export const CUES: readonly CuePattern[] = [
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

/** The cues as global patterns, for finding the nearest one before a figure. */
export const GLOBAL_CUES = CUES.map(({ re, cue }) => ({ re: globalOf(re), cue }));

/** Any cue at all: most prefixes hold none, and one search tells so. */
export const ANY_CUE = new RegExp(CUES.map(({ re }) => `(?:${re.source})`).join('|'));

/** Words that put a figure out of the table's scope: other kinds of requests, other bodies, comparisons. */
export const OUT_OF_SCOPE = /同比|较上年|比上年|较去年|比去年|上年同期|与往年|往年|增加|减少|增长|下降|上升|全市|全区|全县|全省|全旗|各级|各部门|各单位|各区|各县|各镇|各乡|各街道|所属|下属|系统内/;
export const OTHER_REQUESTS = /测试|协助|协查|协办|代为|转办|转交|咨询|来电|来信|热线|提问|留言|民声|信访|建议|提案|函件|暗访|模拟|复议|诉讼/;
/** An application in the table's sense (not 申请人, the applicant). */
export const APPLICATION = /申请(?!人)/;
export const DISCLOSURE = /信息公开|依申请|政务公开/;

export const APPLICANT_COLUMNS: readonly { re: RegExp; columns: readonly string[] }[] = [
  { re: /自然人/g, columns: ['natural'] },
  { re: /法人或其他组织|法人和其他组织|法人或者其他组织/g, columns: ['commercial', 'research', 'public_interest', 'legal', 'other'] },
  { re: /商业企业/g, columns: ['commercial'] },
  { re: /科研机构/g, columns: ['research'] },
  { re: /社会公益组织/g, columns: ['public_interest'] },
  { re: /法律服务机构/g, columns: ['legal'] },
];

export const CASE_COLUMNS: readonly { re: RegExp; columns: readonly string[] }[] = [
  { re: /维持/g, columns: ['upheld'] },
  { re: /纠正|纠错/g, columns: ['corrected'] },
  { re: /其他结果/g, columns: ['other'] },
  { re: /尚未审结|未审结|正在审理|审理中/g, columns: ['pending'] },
];

export const DOCUMENT_VERBS: readonly { re: RegExp; column: 'issued' | 'repealed' | 'effective' }[] = [
  { re: /制发|制定|出台|印发|发布|新制作|制作/, column: 'issued' },
  { re: /废止|失效/, column: 'repealed' },
  { re: /现行有效|有效/, column: 'effective' },
];

export const NOUN_AFTER = /^\s*(?:的)?(行政规范性文件|规范性文件|规章(?!制度))/;
export const CARRY = /结转/;

/** Before a figure: part of a bigger number, an ordinal, or an approximation. */
export const NOT_A_COUNT_BEFORE = /[0-9０-９.．第每同另某任之统唯逐约近逾]$|超过$|不足$|大约$/;
/** After the counter: an approximation, or a unit that makes it a duration or a measure (5个工作日, 3个百分点). */
export const NOT_A_COUNT_AFTER = /^(?:左右|以上|以下|多|余|事|部分(?!公开)|工作日|月|小时|百分点|季度|星期|批次|方面|环节)/;

/** Statements of absence: 未出现…行政复议、行政诉讼案件, 未收到政府信息公开申请. */
export const ABSENCE = /(?:暂未|均未|未|没有|无)(?:发生|出现|收到|接到|产生|涉及|受理)/g;

export const SHARE = /占[^，,。；;%％\n]{0,16}?([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]/g;

export const GROUP_LABELS: Readonly<Record<Group, string>> = {
  granted: '（一）予以公开', partial: '（二）部分公开', denied: '（三）不予公开',
  unable: '（四）无法提供', rejected: '（五）不予处理', other: '（六）其他处理',
};
export const TABLE_EN: Readonly<Record<TableId, string>> = { s2: 'table 2', s3: 'table 3', s4: 'table 4' };

export const NOTE_WITH_CARRIED = text(
  '年报常把“上年结转”计入受理或办理的申请数：该数等于本年新收与上年结转之和。',
  'Reports often count last year’s carried-over requests among those accepted or handled: the figure equals new plus carried over.',
);
export const NOTE_RESULTS = text('该数等于本年度办理结果的总计。', 'The figure equals the total of this year’s results.');
export const NOTE_NEW = text('该数等于本年新收申请数。', 'The figure equals the new requests received this year.');

export const STATUS_TEXT: Readonly<Record<ComparisonStatus, Localized>> = {
  agrees: text('✓ 与表格一致', '✓ agrees with the table'),
  'agrees-alternative': text('✓ 与表格一致（另一种读法）', '✓ agrees with the table (another reading)'),
  differs: text('✗ 与表格不一致', '✗ disagrees with the table'),
  unknown: text('表格中没有可比较的数字', 'nothing in the table to compare with'),
};
