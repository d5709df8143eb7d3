import { reportingBody } from './reporting-body';
import type { Rule } from './rule';
import { documentStartSpan, text } from './support';

/** 第四十九条 dates the reports of county-level governments and their departments only. */
export const noStatutoryDeadline: Rule = {
  code: 'GR414', slug: 'no-statutory-deadline', defaultSeverity: 'information',
  title: text('乡镇、街道年报无法定公布时限', 'No statutory deadline for a township or sub-district report'),
  description: text(
    '条例第四十九条只规定了县级以上人民政府及其部门年度报告的公布时限；乡镇人民政府、街道办事处的年度报告没有法定时限，应按上级人民政府的要求公布。标题中的机关为乡镇或街道时作此说明，不检查日期。',
    'Regulations Art. 49 dates only the reports of people’s governments at county level and above and their departments; a township government’s or sub-district office’s report has no statutory date and follows the higher-level government’s instructions. Said when the agency in the title is a township or sub-district; no date is checked.',
  ),
  *check({ report }) {
    const body = reportingBody(report);
    if (body !== 'township' && body !== 'sub-district') return;
    const who = body === 'township' ? text('乡镇人民政府', 'a township government') : text('街道办事处', 'a sub-district office');
    yield {
      span: report.title?.span ?? documentStartSpan(report),
      message: text(
        `条例第四十九条未规定${who['zh-CN']}年度报告的公布时限，请按上级人民政府的要求公布。`,
        `The Regulations (Art. 49) set no publication date for the report of ${who.en}; follow the higher-level government’s instructions.`,
      ),
    };
  },
};
