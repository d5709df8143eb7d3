import { checkReport, type CheckResult } from '../core/check';
import { DEFAULT_OPTIONS, type CheckOptions } from '../core/options';
import { parseReport } from '../core/parse';
import { LEGAL_RULE_CASES } from './rule-cases-legal';
import {
  PROBLEMS, PROBLEMS_2, PROBLEMS_3, ROW_CARRIED, ROW_CARRY_OVER, ROW_GRANTED, ROW_LAW, ROW_NEW, ROW_NORMATIVE, ROW_OTHER_3, ROW_S4,
  ROW_TOTAL, TABLE_4,
} from './rule-case-text';

/**
 * Valid and invalid cases of every rule, as small edits of one valid report
 * (test-fixtures/synthetic/valid-2023.report.md). The rule tests run them; the rule docs show them.
 */
export interface Edit {
  readonly find: string;
  readonly replace: string;
  readonly all?: boolean;
}

export interface RuleCase {
  readonly name: string;
  /** Text replaced in the base report (first occurrence) … (the same text only when last year's report is what differs) */
  readonly find: string;
  /** … by this. */
  readonly replace: string;
  /** Replace every occurrence instead of the first. */
  readonly all?: boolean;
  /** Further edits applied after the first, in order (a case that needs two places changed). */
  readonly also?: readonly Edit[];
  /** Cross-year rules: last year's report, as an edit of the same base report, passed as `previous`. */
  readonly previous?: { readonly find: string; readonly replace: string; readonly all?: boolean };
}

export interface RuleCases {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly (RuleCase & { readonly count?: number })[];
}

export const RULE_CASES: Readonly<Record<string, RuleCases>> = {
  GR101: {
    valid: [{ name: 'title on its own line', find: '# 示例市示例局2023年', replace: '示例市示例局2023年' }],
    invalid: [{ name: 'no title', find: '# 示例市示例局2023年政府信息公开工作年度报告', replace: '# 示例市示例局工作总结' }],
  },
  GR102: {
    valid: [{ name: 'variant title', find: '## 五、存在的主要问题及改进情况', replace: '## 五、政府信息公开工作存在的主要问题及改进情况' }],
    invalid: [{ name: 'section 五 removed', find: '## 五、存在的主要问题及改进情况', replace: '' }],
  },
  GR103: {
    valid: [{ name: 'bold heading', find: '## 六、其他需要报告的事项', replace: '**六、其他需要报告的事项**' }],
    invalid: [{ name: 'section 一 repeated', find: '## 五、存在的主要问题及改进情况', replace: '## 一、总体情况\n\n## 五、存在的主要问题及改进情况' }],
  },
  GR104: {
    valid: [{ name: 'plain heading', find: '## 二、主动公开政府信息情况', replace: '二、主动公开政府信息情况' }],
    invalid: [{ name: 'arabic numbering 2、', find: '## 二、主动公开政府信息情况', replace: '## 2、主动公开政府信息情况' }],
  },
  GR105: {
    valid: [{ name: 'table introduced by a sentence', find: '## 四、政府信息公开行政复议、行政诉讼情况\n\n', replace: '## 四、政府信息公开行政复议、行政诉讼情况\n\n本年度行政复议、行政诉讼情况如下表。\n\n' }],
    invalid: [{ name: '表四 removed', find: TABLE_4, replace: '本年度未发生行政复议、行政诉讼案件。' }],
  },
  GR106: {
    valid: [{ name: 'the format in force (2021年版) in a 2020 report', find: '2023年', replace: '2020年', all: true }],
    invalid: [{ name: 'one-row （六） in a 2023 report', find: '| （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n|  | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n' + ROW_OTHER_3, replace: '|  | （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |' }],
  },
  GR107: {
    valid: [{ name: 'row label spaced out', find: '8.属于行政查询事项', replace: '8. 属于 行政 查询 事项' }],
    invalid: [{ name: 'row 2.重复申请 removed', find: '|  | 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n', replace: '' }],
  },
  GR108: {
    valid: [{ name: 'trailing empty cells', find: ROW_TOTAL, replace: `${ROW_TOTAL} |  |` }],
    invalid: [{ name: 'a row with six numbers', find: ROW_NEW, replace: '| 一、本年新收政府信息公开申请数量 |  | 10 | 2 | 0 | 0 | 0 | 12 |' }],
  },
  GR109: {
    valid: [{ name: 'digits run together, one reading', find: ROW_S4, replace: '| 10012 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |' }],
    invalid: [{ name: 'digits run together, several readings', find: ROW_S4, replace: '| 1001011 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |' }],
  },
  GR110: {
    valid: [{ name: 'a remark in brackets', find: PROBLEMS, replace: '主动公开的及时性还需加强（详见附件）。下一步将完善工作机制，提升公开质量。' }],
    invalid: [{ name: 'the template’s request left in', find: PROBLEMS, replace: '（请填写存在的主要问题及改进情况）' }],
  },
  GR111: {
    valid: [
      { name: 'problems and improvements named in other words', find: PROBLEMS, replace: PROBLEMS_2 },
      { name: 'an overview without figures (GR409’s hint)', find: '本年共收到政府信息公开申请12件，上年结转1件，予以公开6件，部分公开2件。', replace: '', also: [{ find: '2023年，示例市示例局坚持以公开为常态、不公开为例外，', replace: '本年度，示例市示例局坚持以公开为常态、不公开为例外，' }] },
    ],
    invalid: [
      { name: 'section 五 left empty', find: PROBLEMS, replace: '' },
      { name: 'section 五 says only “无”', find: PROBLEMS, replace: '无。' },
    ],
  },
  GR201: {
    valid: [{ name: 'zeros written without spaces around them', find: ROW_LAW, replace: '|  | 2.其他法律行政法规禁止公开 |0|0|0|0|0|0|0|' }],
    invalid: [{ name: 'blank cell', find: ROW_LAW, replace: '|  | 2.其他法律行政法规禁止公开 | 0 |  | 0 | 0 | 0 | 0 | 0 |' }],
  },
  GR202: {
    valid: [{ name: 'number with spaces', find: '| 行政处罚 | 86 |', replace: '| 行政处罚 |  86  |' }],
    invalid: [{ name: 'N/A in a cell', find: ROW_LAW, replace: '|  | 2.其他法律行政法规禁止公开 | 0 | N/A | 0 | 0 | 0 | 0 | 0 |' }],
  },
  GR203: {
    valid: [{ name: 'decimal amount', find: '| 行政事业性收费 | 12.35 |', replace: '| 行政事业性收费 | 0.5 |' }],
    invalid: [{ name: 'fractional count', find: '| 行政处罚 | 86 |', replace: '| 行政处罚 | 86.5 |' }],
  },
  GR204: {
    valid: [{ name: 'number with its unit 件', find: '| 行政规范性文件 | 4 |', replace: '| 行政规范性文件 | 4件 |' }],
    invalid: [{ name: 'number with a note', find: '| 行政规范性文件 | 4 |', replace: '| 行政规范性文件 | 4（其中修订2件） |' }],
  },
  GR205: {
    valid: [
      { name: 'half-width punctuation', find: '（一）予以公开', replace: '(一) 予以公开' },
      { name: 'label cut by a page break, its tail on the next line', find: ROW_NEW, replace: `${ROW_NEW.replace('申请数量', '申请数')}\n| 量 | | | | | | | | |` },
    ],
    invalid: [{ name: 'words missing', find: '2.其他法律行政法规禁止公开', replace: '2.其他法律行政止公开' }],
  },
  GR206: {
    valid: [{ name: 'zero written in full-width digits', find: ROW_LAW, replace: '|  | 2.其他法律行政法规禁止公开 | 0 | ０ | 0 | 0 | 0 | 0 | 0 |' }],
    invalid: [{ name: 'dash for none', find: ROW_LAW, replace: '|  | 2.其他法律行政法规禁止公开 | 0 | — | 0 | 0 | 0 | 0 | 0 |' }],
  },
  GR207: {
    valid: [{ name: 'blank the sums say is 0', find: ROW_LAW, replace: '|  | 2.其他法律行政法规禁止公开 | 0 |  | 0 | 0 | 0 | 0 | 0 |' }],
    invalid: [{ name: 'number left out of a row', find: ROW_GRANTED, replace: '| 三、本年度办理结果 | （一）予以公开 |  | 1 | 0 | 0 | 0 | 0 | 6 |' }],
  },
  GR301: {
    valid: [{ name: 'total in full-width digits', find: ROW_GRANTED, replace: '| 三、本年度办理结果 | （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | ６ |' }],
    invalid: [{ name: 'row total off by one', find: ROW_GRANTED, replace: '| 三、本年度办理结果 | （一）予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 7 |' }],
  },
  GR302: {
    valid: [{ name: 'results total in full-width digits', find: ROW_TOTAL, replace: '|  | （七）总计 | １０ | ２ | ０ | ０ | ０ | ０ | １２ |' }],
    invalid: [{ name: 'a result moved between columns', find: ROW_GRANTED, replace: '| 三、本年度办理结果 | （一）予以公开 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |' }],
  },
  GR303: {
    valid: [{ name: 'new applications in full-width digits', find: ROW_NEW, replace: '| 一、本年新收政府信息公开申请数量 |  | １０ | ２ | ０ | ０ | ０ | ０ | １２ |' }],
    invalid: [{ name: 'new applications miscounted', find: ROW_NEW, replace: '| 一、本年新收政府信息公开申请数量 |  | 11 | 2 | 0 | 0 | 0 | 0 | 13 |' }],
  },
  GR304: {
    valid: [{ name: 'a pending review decided (upheld)', find: ROW_S4, replace: '| 2 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |' }],
    invalid: [{ name: 'total left at 0', find: ROW_S4, replace: '| 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |' }],
  },
  GR401: {
    valid: [{ name: 'period matches', find: '统计期限自2023年1月1日', replace: '统计期限自 2023 年 1 月 1 日' }],
    invalid: [{ name: 'last year’s period left in', find: '起至2023年12月31日止', replace: '起至2022年12月31日止' }],
  },
  GR402: {
    valid: [{ name: 'signed in January next year, in Chinese numerals', find: '2024年1月20日', replace: '二〇二四年一月二十日' }],
    invalid: [{ name: 'signed in the report year', find: '2024年1月20日', replace: '2023年1月20日' }],
  },
  GR403: {
    valid: [
      { name: 'received = new + carried over (read as including last year’s)', find: '本年共收到政府信息公开申请12件', replace: '本年共收到政府信息公开申请13件' },
      { name: 'Chinese numerals', find: '予以公开6件', replace: '予以公开六件' },
      { name: 'share recomputed from the table', find: '部分公开2件。', replace: '部分公开2件，占16.67%。' },
      { name: 'a figure that is not a table quantity', find: '上年结转1件，', replace: '上年结转1件，协助办理申请30件，' },
    ],
    invalid: [
      { name: 'outcome in the text differs', find: '予以公开6件', replace: '予以公开7件' },
      { name: 'Chinese numerals differ', find: '予以公开6件', replace: '予以公开七件' },
      { name: 'share does not follow from the table', find: '部分公开2件。', replace: '部分公开2件，占全部办理结果的20%。' },
    ],
  },
  GR404: {
    valid: [{
      name: 'carried over = last year’s carried forward (printed there in full-width digits)', find: ROW_CARRIED, replace: ROW_CARRIED,
      previous: { find: ROW_CARRY_OVER, replace: '| 四、结转下年度继续办理 |  | １ | ０ | ０ | ０ | ０ | ０ | １ |' },
    }],
    invalid: [{
      name: 'last year carried 2 forward, this year says 1', find: ROW_CARRIED, replace: ROW_CARRIED,
      previous: { find: ROW_CARRY_OVER, replace: '| 四、结转下年度继续办理 |  | 2 | 0 | 0 | 0 | 0 | 0 | 2 |' },
    }],
  },
  GR405: {
    valid: [{
      name: '24 in force last year + 4 issued − 1 repealed = 27', find: ROW_NORMATIVE, replace: ROW_NORMATIVE,
      previous: { find: ROW_NORMATIVE, replace: '| 行政规范性文件 | 3 | 0 | 24 |' },
    }],
    invalid: [{
      name: '27 in force last year + 4 issued − 1 repealed ≠ 27', find: ROW_NORMATIVE, replace: ROW_NORMATIVE,
      previous: { find: ROW_NORMATIVE, replace: '| 行政规范性文件 | 2 | 0 | 27 |' },
    }],
  },
  GR406: {
    valid: [{
      name: 'section 五 rewritten this year', find: PROBLEMS, replace: PROBLEMS_2,
      previous: { find: PROBLEMS, replace: PROBLEMS_3 },
    }],
    invalid: [{
      name: 'section 五 copied from last year, only the year changed', find: PROBLEMS, replace: PROBLEMS_2,
      previous: { find: PROBLEMS, replace: PROBLEMS_2.replace(/2024/g, '2023') },
    }],
  },
  GR407: {
    valid: [
      { name: 'fee mentioned with spaces', find: '本年度未收取信息处理费。', replace: '本年度未收取信息 处理费。' },
      { name: 'fee named 信息公开处理费, given as 0元', find: '本年度未收取信息处理费。', replace: '本年度信息公开处理费收取金额为0元。' },
    ],
    invalid: [{ name: 'section 六 silent on the fee', find: '本年度未收取信息处理费。', replace: '无。' }],
  },
  ...LEGAL_RULE_CASES,
};

/** The file name cross-year cases give last year's report (in findings' related locations). */
export const LAST_YEAR_FILE = 'last-year.report.md';

/** Checks a case's text; a cross-year case gets its edit of the base report as last year's. */
export function checkCase(base: string, c: RuleCase, options: CheckOptions = DEFAULT_OPTIONS): CheckResult {
  const previous = c.previous
    ? { report: parseReport(applyCase(base, { ...c.previous, name: `${c.name} (last year)` })), file: LAST_YEAR_FILE }
    : undefined;
  return checkReport(applyCase(base, c), { options, previous });
}

export function applyCase(base: string, c: RuleCase): string {
  return [c, ...(c.also ?? [])].reduce((text, edit) => {
    if (!text.includes(edit.find)) throw new Error(`case “${c.name}”: text to replace not found: ${edit.find}`);
    return edit.all ? text.split(edit.find).join(edit.replace) : text.replace(edit.find, () => edit.replace);
  }, base);
}
