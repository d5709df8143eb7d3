import type { Localized } from '../findings';
import { reportingBody } from './reporting-body';
import type { Rule } from './rule';
import { prosesOf, squeeze } from './section-prose';
import { documentStartSpan, text } from './support';

/** 第五十条第（四）项's three results, each with the words reports use for it. */
const RESULTS: readonly { readonly name: Localized; readonly words: RegExp }[] = [
  { name: text('工作考核', 'performance assessment'), words: /考核|绩效|考评/ },
  { name: text('社会评议', 'public evaluation'), words: /评议|测评|满意度|第三方评估|社会评价|群众评价/ },
  { name: text('责任追究', 'accountability'), words: /责任追究|追究责任|追责|问责/ },
];

/** Where reports say it: the overview, the problems section, or the other matters. */
const SECTIONS_SEARCHED = [1, 5, 6];

export const accountabilityResults: Rule = {
  code: 'GR410', slug: 'accountability-results', defaultSeverity: 'hint',
  title: text('人民政府年报未报告考核、评议和责任追究结果', 'Government report lacks assessment, evaluation and accountability results'),
  description: text(
    '条例第五十条第（四）项：各级人民政府的年度报告还应当包括工作考核、社会评议和责任追究结果情况。标题中的机关为人民政府（含乡镇人民政府，不含政府部门和街道办事处）时，在第一、五、六部分中查找这三方面，缺少的列出。',
    'Regulations Art. 50 (4): the report of a people’s government at any level also gives the results of performance assessment, public evaluation and accountability. When the agency in the title is a people’s government (townships included; not its departments or sub-district offices), sections 一, 五 and 六 are searched for the three; those missing are listed.',
  ),
  *check({ report }) {
    const body = reportingBody(report);
    if (body !== 'government' && body !== 'township') return;
    if (!report.sections.some((s) => SECTIONS_SEARCHED.includes(s.index))) return;
    const prose = squeeze(prosesOf(report, SECTIONS_SEARCHED));
    const missing = RESULTS.filter((r) => !r.words.test(prose));
    if (missing.length === 0) return;
    yield {
      span: report.title?.span ?? documentStartSpan(report),
      message: text(
        `人民政府的年度报告应包括工作考核、社会评议和责任追究结果情况（条例第五十条第（四）项），本报告未提及：${missing.map((r) => r.name['zh-CN']).join('、')}。`,
        `A people’s government’s report gives the results of assessment, public evaluation and accountability (Regulations, Art. 50 (4)); this one does not mention: ${missing.map((r) => r.name.en).join(', ')}.`,
      ),
    };
  },
};
