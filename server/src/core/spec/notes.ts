import type { Localized } from '../findings';

/**
 * What each row and column counts, from the meaning the notice (国办公开办函〔2021〕30号) and the
 * 条例 give it — the text of hovers on row labels and on 表二 cells. Keyed by `<table>.<row key>`
 * and `<table>.<column key>` (a full cell key overrides a column note).
 */
export const ROW_NOTES: Readonly<Record<string, Localized>> = {
  's2.rules': {
    'zh-CN': '本机关制定的规章（条例第二十条第（一）项）。',
    en: 'Rules made by this agency (Regulations, Art. 20 (1)).',
  },
  's2.normative': {
    'zh-CN': '本机关制定的行政规范性文件（条例第二十条第（一）项）；2019年格式称“规范性文件”。',
    en: 'Administrative normative documents issued by this agency (Art. 20 (1)); called 规范性文件 in the 2019 edition.',
  },
  's2.licensing': {
    'zh-CN': '行政许可：本年作出的行政许可处理决定（条例第二十条第（五）项）。',
    en: 'Administrative licensing: decisions made this year (Art. 20 (5)).',
  },
  's2.other_services': {
    'zh-CN': '其他对外管理服务事项：仅2019年格式有此行，2021年起的格式已删去。',
    en: 'Other external management services: only in the 2019 edition; dropped from 2021.',
  },
  's2.penalty': {
    'zh-CN': '行政处罚：本年作出的行政处罚决定（条例第二十条第（六）项）。',
    en: 'Administrative penalties: decisions made this year (Art. 20 (6)).',
  },
  's2.coercion': {
    'zh-CN': '行政强制：本年作出的行政强制决定（条例第二十条第（六）项）。',
    en: 'Administrative coercion: decisions made this year (Art. 20 (6)).',
  },
  's2.fees': {
    'zh-CN': '行政事业性收费（条例第二十条第（八）项），单位万元；不是依申请公开收取的信息处理费（后者在第六部分报告）。',
    en: 'Administrative fees (Art. 20 (8)), in 10,000 yuan; not the information processing fee for requests (reported in section 6).',
  },
  's2.procurement': {
    'zh-CN': '政府集中采购（条例第二十条第（九）项）：仅2019年格式有此行，2021年起的格式已删去。',
    en: 'Government centralised procurement (Art. 20 (9)): only in the 2019 edition; dropped from 2021.',
  },

  's3.new': {
    'zh-CN': '本年度新收到的政府信息公开申请，按申请人类型分列。',
    en: 'Requests for government information received this year, by type of applicant.',
  },
  's3.carried': {
    'zh-CN': '上一年度未办结、转入本年办理的申请；应等于上年报告的“四、结转下年度继续办理”。',
    en: 'Requests not concluded last year and carried into this year; should equal last year\'s "IV. carried over to next year".',
  },
  's3.granted': {
    'zh-CN': '予以公开：所申请的信息全部公开。',
    en: 'Disclosed: the information requested was disclosed in full.',
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
    'zh-CN': '不予公开：所申请的信息属于行政查询事项（如工商、不动产登记资料），应按有关规定查询。',
    en: 'Not disclosed: the information is obtained through an administrative inquiry procedure (e.g. business or real-estate registers).',
  },
  's3.unable.no_info': {
    'zh-CN': '无法提供：经检索，本机关没有所申请的政府信息（条例第三十六条第（四）项）。',
    en: 'Cannot be provided: after a search, this agency holds no such information (Art. 36 (4)).',
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
    'zh-CN': '其他处理（2019年格式的一行）；2021年起的格式分为三行：逾期不补正、逾期未缴费、其他。',
    en: 'Other handling (one row in the 2019 edition); from 2021 it is three rows: no correction, fee unpaid, other.',
  },
  's3.other.no_correction': {
    'zh-CN': '申请人无正当理由逾期不补正，视为放弃申请，行政机关不再处理（条例第三十条）。',
    en: 'The applicant did not supply corrections in time without good reason; the request is deemed withdrawn (Art. 30).',
  },
  's3.other.no_fee': {
    'zh-CN': '申请人逾期未按收费通知缴纳信息处理费，行政机关不再处理（国办函〔2020〕109号）。',
    en: 'The applicant did not pay the information processing fee in time; the request is no longer processed.',
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
    'zh-CN': '本年收到尚未办结、转入下一年度继续办理的申请。勾稽关系：一 + 二 = 三（七）+ 四。',
    en: 'Requests received but not concluded this year, carried into next year. Balance: I + II = III (7) + IV.',
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

export const COLUMN_NOTES: Readonly<Record<string, Localized>> = {
  's2.issued': {
    'zh-CN': '本年度制定、发布的件数（含修订），整数。',
    en: 'Number issued this year (revisions included); a whole number.',
  },
  's2.repealed': {
    'zh-CN': '本年度废止的件数（含失效），整数。',
    en: 'Number repealed this year (lapses included); a whole number.',
  },
  's2.effective': {
    'zh-CN': '截至年底现行有效的件数，整数；大致等于上年现行有效件数 + 本年制发 − 本年废止。',
    en: 'Number in force at year end; roughly last year\'s figure + issued − repealed.',
  },
  's2.decisions': {
    'zh-CN': '本年度作出的处理决定数量，整数。',
    en: 'Number of decisions made this year; a whole number.',
  },
  's2.amount': {
    'zh-CN': '本年收费金额，单位：万元，可有小数。',
    en: 'Amount collected this year, in 万元 (10,000 yuan); decimals allowed.',
  },
  's2.new_made': {
    'zh-CN': '本年新制作数量（2019年格式），整数；与2021年起的“本年制发件数”含义不同。',
    en: 'Newly made this year (2019 edition); not the same as the later "issued this year".',
  },
  's2.new_published': {
    'zh-CN': '本年新公开数量（2019年格式），整数。',
    en: 'Newly published this year (2019 edition); a whole number.',
  },
  's2.total_published': {
    'zh-CN': '对外公开总数量（2019年格式），整数。',
    en: 'Total published (2019 edition); a whole number.',
  },
  's2.last_year_items': {
    'zh-CN': '上一年项目数量（2019年格式），整数。',
    en: 'Number of items last year (2019 edition); a whole number.',
  },
  's2.change': {
    'zh-CN': '本年增/减（2019年格式）：可带正负号的整数，如 +3、-1。',
    en: 'Change this year (2019 edition): a signed whole number such as +3 or -1.',
  },
  's2.items': {
    'zh-CN': '采购项目数量（2019年格式），整数。',
    en: 'Number of procurement items (2019 edition); a whole number.',
  },
  's2.procurement.amount': {
    'zh-CN': '采购总金额（2019年格式），单位万元（单元格另有注明的除外），可有小数。',
    en: 'Total procurement amount (2019 edition), in 万元 unless the cell says otherwise; decimals allowed.',
  },
};
