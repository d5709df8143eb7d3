import type { RuleCases } from './rule-cases';
import { FEE_TEXT, OVERVIEW_END, PROBLEMS, ROW_GRANTED, ROW_NO_FEE, ROW_RULES, SIGNED, TITLE, TOPICS } from './rule-case-text';

// Cases of the rules that read what the 条例 and the notices require of the text (GR408–GR414),
// each one or a few edits of test-fixtures/synthetic/valid-2023.report.md (a 示例市示例局 report,
// a department, signed 2024年1月20日).

const GOVERNMENT_TITLE = '# 示例市人民政府2023年';
/** Another department than the sample's own (a case must change some text to test something). */
const DEPARTMENT_TITLE = '# 示例市教育局2023年';
/** One request of a natural person closed because the fee was not paid, instead of disclosed: the sums still hold. */
const FEE_DEMANDED = [
  { find: ROW_GRANTED, replace: '| 三、本年度办理结果 | （一）予以公开 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |' },
  { find: ROW_NO_FEE, replace: ROW_NO_FEE.replace('| 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 1 | 0 | 0 | 0 | 0 | 0 | 1 |') },
];
const NOTICE = '\n示政办字〔2023〕8号\n\n示例市人民政府办公室\n关于印发示例市2023年政务公开工作要点的通知\n\n各区县人民政府，市政府各部门：\n现将《示例市2023年政务公开工作要点》印发给你们，请认真贯彻落实。';

export const LEGAL_RULE_CASES: Readonly<Record<string, RuleCases>> = {
  GR408: {
    valid: [
      { name: 'a people’s government’s report signed 3月20日 (deadline 31 March)', find: TITLE, replace: GOVERNMENT_TITLE, also: [{ find: SIGNED, replace: '2024年3月20日' }] },
      { name: 'a department’s report signed on 31 January', find: SIGNED, replace: '2024年1月31日' },
      { name: 'a township’s report signed in March (no statutory date)', find: TITLE, replace: '# 示例县示例镇人民政府2023年', also: [{ find: SIGNED, replace: '2024年3月1日' }] },
      { name: 'a development zone’s committee (not a department by its name)', find: TITLE, replace: '# 示例经济技术开发区管理委员会2023年', also: [{ find: SIGNED, replace: '2024年2月5日' }] },
    ],
    invalid: [
      { name: 'a department’s report signed 2月5日', find: SIGNED, replace: '2024年2月5日' },
      { name: 'a 发布时间 line after 31 January', find: `${TITLE}政府信息公开工作年度报告\n`, replace: `${TITLE}政府信息公开工作年度报告\n\n发布时间：2024-02-06 09:30:00\n` },
      { name: 'a people’s government’s report signed in April', find: TITLE, replace: GOVERNMENT_TITLE, also: [{ find: SIGNED, replace: '2024年4月2日' }] },
    ],
  },
  GR409: {
    valid: [
      { name: 'the five topics in other words', find: TOPICS, replace: '依托政府门户网站和政务新媒体主动公开政策文件，做好发布审查，加强督导和业务培训。' },
      {
        name: 'the template’s placeholder left in 一 (GR110’s)', find: '本年共收到政府信息公开申请12件，上年结转1件，予以公开6件，部分公开2件。', replace: '（请填写本年度政府信息公开工作的总体情况）',
        also: [{ find: '2023年，示例市示例局坚持以公开为常态、不公开为例外，', replace: '' }],
      },
    ],
    invalid: [
      { name: 'section 一 names only requests', find: TOPICS, replace: '认真做好政府信息公开工作。' },
      { name: 'section 一 gives no figure', find: '本年共收到政府信息公开申请12件，上年结转1件，予以公开6件，部分公开2件。', replace: '', also: [{ find: '2023年，示例市示例局坚持以公开为常态、不公开为例外，', replace: '本年度，示例市示例局坚持以公开为常态、不公开为例外，' }] },
    ],
  },
  GR410: {
    valid: [
      {
        name: 'a people’s government’s report gives the three results in 六', find: TITLE, replace: GOVERNMENT_TITLE,
        also: [{ find: FEE_TEXT, replace: `${FEE_TEXT}政务公开工作纳入全市绩效考核，开展群众满意度测评，本年度未发生责任追究情况。` }],
      },
      { name: 'a department’s report (the requirement is a people’s government’s)', find: TITLE, replace: DEPARTMENT_TITLE },
    ],
    invalid: [{ name: 'a people’s government’s report silent on 社会评议 and 责任追究', find: TITLE, replace: GOVERNMENT_TITLE }],
  },
  GR411: {
    valid: [
      { name: 'problems and next steps in other words', find: PROBLEMS, replace: '一是公开内容的全面性有待提高。二是平台功能较为薄弱。我局将逐项整改，健全工作机制。' },
      { name: 'nothing under the heading (GR111’s)', find: PROBLEMS, replace: '' },
      { name: 'only “无” (GR111’s)', find: PROBLEMS, replace: '无。' },
    ],
    invalid: [
      { name: 'only problems', find: PROBLEMS, replace: '主动公开的及时性还需加强，政策解读不够深入。' },
      { name: 'only improvements', find: PROBLEMS, replace: '下一步将完善工作机制，提升公开质量。' },
    ],
  },
  GR412: {
    valid: [{
      name: 'a request closed for an unpaid fee, the fee notice reported in 六', find: FEE_DEMANDED[0]!.find, replace: FEE_DEMANDED[0]!.replace,
      also: [FEE_DEMANDED[1]!, { find: FEE_TEXT, replace: '本年度向1名申请人发出收费通知，申请人逾期未缴纳，未收取信息处理费。' }],
    }],
    invalid: [{
      name: 'a request closed for an unpaid fee, 六 says none was collected', find: FEE_DEMANDED[0]!.find, replace: FEE_DEMANDED[0]!.replace,
      also: [FEE_DEMANDED[1]!],
    }],
  },
  GR413: {
    valid: [
      { name: 'a notice cited in a sentence', find: TOPICS, replace: `${TOPICS}本报告按照国办公开办函〔2021〕30号的要求编制，` },
      { name: 'a document number on its own line, no addressee', find: OVERVIEW_END, replace: `${OVERVIEW_END}\n示政办字〔2023〕8号\n` },
    ],
    invalid: [{ name: 'a notice pasted into section 一', find: OVERVIEW_END, replace: `${OVERVIEW_END}${NOTICE}\n` }],
  },
  GR414: {
    valid: [{ name: 'a department’s report', find: TITLE, replace: DEPARTMENT_TITLE }],
    invalid: [
      { name: 'a sub-district office’s report', find: TITLE, replace: '# 示例区示例街道办事处2023年' },
      { name: 'a township government’s report', find: TITLE, replace: '# 示例县示例镇人民政府2023年' },
    ],
  },
  GR415: {
    valid: [{ name: '规章 row filled with 0', find: ROW_RULES, replace: '| 规章 | 0 | 0 | 0 |' }],
    invalid: [
      { name: '“/” across the 规章 row', find: ROW_RULES, replace: '| 规章 | / | / | / |' },
      { name: '“—” in the 规章 row', find: ROW_RULES, replace: '| 规章 | — | — | — |' },
    ],
  },
};
