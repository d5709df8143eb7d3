import type { Localized } from '../findings';
import { TABLE2_COLUMN_NOTES, TABLE2_COLUMN_NOTES_2019, TABLE2_ROW_NOTES, TABLE2_ROW_NOTES_2019 } from './notes-table2';
import type { Edition, TableId } from './types';

/**
 * What each row and column counts, from the meaning the 条例 and the notices (国办公开办函〔2019〕60号,
 * 〔2021〕30号) give it — the text of hovers on row labels and on cells. Where the notices are silent
 * the note says it is this project's reading. 表二 differs by edition (notes-table2.ts).
 */
const TABLE34_ROW_NOTES: Readonly<Record<string, Localized>> = {
  's3.new': {
    'zh-CN': '本年度新收到的政府信息公开申请，按申请人类型分列。',
    en: 'Requests for government information received this year, by type of applicant.',
  },
  's3.carried': {
    'zh-CN': '上一年度未办结、转入本年办理的申请；应等于上年报告的“四、结转下年度继续办理”。',
    en: 'Requests not concluded last year and carried into this year; should equal last year\'s "IV. carried over to next year".',
  },
  's3.granted': {
    'zh-CN': '予以公开：所申请的信息已经主动公开、告知获取方式和途径的（条例第三十六条第（一）项），以及可以公开、向申请人提供或告知获取方式的（第（二）项），都计入本项。',
    en: 'Disclosed: both information already published, the applicant told where to get it (Art. 36 (1)), and information that can be disclosed and was provided or its way of access given (Art. 36 (2)) count here.',
  },
  's3.partial': {
    'zh-CN': '部分公开：区分处理的（条例第三十七条），只计这一情形，不计其他情形。',
    en: 'Partly disclosed: a request handled by separating what can be disclosed (Art. 37) counts here only, under no other result.',
  },
  's3.denied.secret': {
    'zh-CN': '不予公开：依法确定为国家秘密的政府信息（条例第十四条）。',
    en: 'Not disclosed: information lawfully classified as a state secret (Art. 14).',
  },
  's3.denied.law': {
    'zh-CN': '不予公开：法律、行政法规禁止公开的政府信息（条例第十四条）。',
    en: 'Not disclosed: disclosure prohibited by laws or administrative regulations (Art. 14).',
  },
  's3.denied.safety': {
    'zh-CN': '不予公开：公开后可能危及国家安全、公共安全、经济安全、社会稳定（条例第十四条）。',
    en: 'Not disclosed: disclosure could endanger national, public or economic security or social stability (Art. 14).',
  },
  's3.denied.third_party': {
    'zh-CN': '不予公开：涉及商业秘密、个人隐私等，公开会损害第三方合法权益（条例第十五条）。',
    en: 'Not disclosed: trade secrets, personal privacy and the like whose disclosure would harm a third party (Art. 15).',
  },
  's3.denied.internal': {
    'zh-CN': '不予公开：人事管理、后勤管理、内部工作流程等内部事务信息（条例第十六条第一款）。',
    en: 'Not disclosed: internal affairs — personnel, logistics, internal workflow (Art. 16 para. 1).',
  },
  's3.denied.process': {
    'zh-CN': '不予公开：讨论记录、过程稿、磋商信函、请示报告等过程性信息（条例第十六条第二款）。',
    en: 'Not disclosed: process information — minutes, drafts, consultation letters, requests for instructions (Art. 16 para. 2).',
  },
  's3.denied.enforcement': {
    'zh-CN': '不予公开：行政执法案卷信息（条例第十六条第二款）。',
    en: 'Not disclosed: administrative enforcement case files (Art. 16 para. 2).',
  },
  's3.denied.inquiry': {
    'zh-CN': '不予公开：法律、行政法规对获取该信息有特别规定的，告知申请人依照有关法律、行政法规办理（条例第三十六条第（七）项），如工商登记、不动产登记资料的查询。',
    en: 'Not disclosed: a law or administrative regulation provides specially for obtaining the information, and the applicant is told to proceed under it (Art. 36 (7)), e.g. business or real-estate registers.',
  },
  's3.unable.no_info': {
    'zh-CN': '无法提供：经检索没有所申请的信息，告知申请人该政府信息不存在（条例第三十六条第（四）项）。所申请信息不属于本机关负责公开的（第（五）项），实践中通常也计入本项——这是常见做法，不是格式的规定。',
    en: 'Cannot be provided: after a search the information does not exist, and the applicant is told so (Art. 36 (4)). Answers that the information is not this agency\'s to disclose (Art. 36 (5)) are usually counted here too: common practice, not a rule of the format.',
  },
  's3.unable.need_create': {
    'zh-CN': '无法提供：需要对现有信息加工、分析或另行制作（条例第三十八条）。',
    en: 'Cannot be provided: would require processing, analysing or producing new information (Art. 38).',
  },
  's3.unable.unclear': {
    'zh-CN': '无法提供：告知补正后，申请内容仍不明确（条例第三十条）。',
    en: 'Cannot be provided: the request was still unclear after the applicant was asked to correct it (Art. 30).',
  },
  's3.rejected.complaint': {
    'zh-CN': '不予处理：以政府信息公开申请形式进行信访、投诉、举报（条例第三十九条）。',
    en: 'Not processed: petitions, complaints or reports made in the form of a request (Art. 39).',
  },
  's3.rejected.duplicate': {
    'zh-CN': '不予处理：已作出答复后，重复申请公开相同的政府信息（条例第三十六条第（六）项）。',
    en: 'Not processed: the same information requested again after a reply was given (Art. 36 (6)).',
  },
  's3.rejected.publication': {
    'zh-CN': '不予处理：要求提供政府公报、报刊、书籍等公开出版物（条例第三十九条）。',
    en: 'Not processed: requests for public publications such as gazettes, newspapers or books (Art. 39).',
  },
  's3.rejected.massive': {
    'zh-CN': '不予处理：无正当理由大量、反复申请（条例第三十五条）。',
    en: 'Not processed: large numbers of repeated requests without good reason (Art. 35).',
  },
  's3.rejected.confirm': {
    'zh-CN': '不予处理：要求行政机关确认或重新出具申请人已获取的信息。',
    en: 'Not processed: requests to confirm or reissue information the applicant already has.',
  },
  's3.other': {
    'zh-CN': '其他处理（2019年试行格式的一行）；现行格式分为三行：逾期不补正、逾期未缴费、其他。',
    en: 'Other handling (one row in the 2019 trial format); the format in force has three rows: no correction, fee unpaid, other.',
  },
  's3.other.no_correction': {
    'zh-CN': '申请人无正当理由逾期不补正，视为放弃申请，行政机关不再处理（条例第三十条）。',
    en: 'The applicant did not supply corrections in time without good reason; the request is deemed withdrawn (Art. 30).',
  },
  's3.other.no_fee': {
    'zh-CN': '申请人逾期未按收费通知缴纳信息处理费，行政机关不再处理（条例第四十二条、国办函〔2020〕109号）。大于0说明本年发出过收费通知，第六部分应报告信息处理费的收取情况。',
    en: 'The applicant did not pay the information processing fee in time; the request is no longer processed (Art. 42, 国办函〔2020〕109号). Above 0, fee notices were sent this year, and section 六 should report the fees.',
  },
  's3.other.other': {
    'zh-CN': '以上各项以外的其他处理情形（如申请人撤回申请）。',
    en: 'Any other handling not listed above (e.g. the applicant withdrew the request).',
  },
  's3.total': {
    'zh-CN': '本年度办理结果合计：（一）至（六）各项之和。勾稽关系：一 + 二 = 三（七）+ 四。',
    en: 'All results of the year: the sum of (1) to (6). Balance: I + II = III (7) + IV.',
  },
  's3.carry_over': {
    'zh-CN': '年底尚未办结、转入下一年度继续办理的申请，包括本年新收的和上年结转后仍未办结的（勾稽关系：一 + 二 = 三（七）+ 四）。答复期限见条例第三十三条（一般20个工作日，可延长不超过20个工作日），结转的通常是期限尚未届满的申请。',
    en: 'Requests not concluded at year end and carried into next year: both this year\'s and last year\'s still open (balance: I + II = III (7) + IV). Replies are due within the time limits of Art. 33 (20 working days, extendable by up to 20), so what is carried over is usually still within them.',
  },

  's4.review': {
    'zh-CN': '因政府信息公开工作被申请行政复议的案件；总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。',
    en: 'Administrative reviews brought over information disclosure; total = upheld + corrected + other + pending.',
  },
  's4.suit_direct': {
    'zh-CN': '未经行政复议直接提起的行政诉讼；总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。',
    en: 'Lawsuits filed directly, without prior review; total = upheld + corrected + other + pending.',
  },
  's4.suit_after_review': {
    'zh-CN': '经行政复议后提起的行政诉讼；总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。',
    en: 'Lawsuits filed after an administrative review; total = upheld + corrected + other + pending.',
  },
};

/** 表四's columns: the notices define none of them; these are this project's reading. */
const TABLE4_COLUMN_NOTES: Readonly<Record<string, Localized>> = {
  's4.upheld': {
    'zh-CN': '结果维持（本项目的理解，通知未作定义）：复议机关决定维持原行政行为，或法院判决驳回原告诉讼请求的案件。',
    en: 'Upheld (this project\'s reading; the notices give no definition): the review body upheld the act, or the court dismissed the claim.',
  },
  's4.corrected': {
    'zh-CN': '结果纠正（本项目的理解，通知未作定义）：复议决定或判决撤销、变更原行为，确认违法，或责令重新答复、限期履行的案件。',
    en: 'Corrected (this project\'s reading; the notices give no definition): the decision or judgment annulled or changed the act, found it unlawful, or ordered a new reply or performance.',
  },
  's4.other': {
    'zh-CN': '其他结果（本项目的理解，通知未作定义）：申请人撤回、复议申请被驳回或终止、起诉被裁定驳回、调解等既非维持也非纠正的结果。',
    en: 'Other result (this project\'s reading; the notices give no definition): withdrawn, review rejected or terminated, suit dismissed by ruling, mediation — neither upheld nor corrected.',
  },
  's4.pending': {
    'zh-CN': '尚未审结（本项目的理解，通知未作定义）：截至年底尚未作出复议决定或生效裁判的案件。',
    en: 'Pending (this project\'s reading; the notices give no definition): no review decision or final judgment by the end of the year.',
  },
};

/** Every row note of the format in force, keyed `<table>.<row key>`. */
export const ROW_NOTES: Readonly<Record<string, Localized>> = { ...TABLE2_ROW_NOTES, ...TABLE34_ROW_NOTES };
/** Column notes of the format in force, keyed `<table>.<column key>` or by full cell key. */
export const COLUMN_NOTES: Readonly<Record<string, Localized>> = { ...TABLE2_COLUMN_NOTES, ...TABLE4_COLUMN_NOTES };

/** What a row counts in this edition of its table. */
export function rowNote(table: TableId, row: string, edition: Edition): Localized | undefined {
  const key = `${table}.${row}`;
  return (edition === '2019' ? TABLE2_ROW_NOTES_2019[key] : undefined) ?? ROW_NOTES[key];
}

/** What a column counts in this edition, a note for the full cell key first. */
export function columnNote(table: TableId, row: string, column: string, edition: Edition): Localized | undefined {
  const keys = [`${table}.${row}.${column}`, `${table}.${column}`];
  for (const key of keys) {
    const note = (edition === '2019' ? TABLE2_COLUMN_NOTES_2019[key] : undefined) ?? COLUMN_NOTES[key];
    if (note) return note;
  }
  return undefined;
}
