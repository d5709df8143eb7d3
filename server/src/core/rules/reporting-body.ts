import type { Report } from '../model';

/**
 * Who publishes the report, as far as its agency's name tells (第四十九条 and 第五十条 depend on it):
 * - `department`: a department of a people's government at county level or above (a 政府办公室 included);
 * - `government`: a people's government's own report (county level or above);
 * - `township`: a 乡镇人民政府 (a level of people's government, but no statutory date);
 * - `sub-district`: a 街道办事处 (an agency of the district government; no statutory date);
 * `undefined` when the name does not say (a 管委会, an institution, no agency found).
 */
export type ReportingBody = 'department' | 'government' | 'township' | 'sub-district';

const SUB_DISTRICT = /街道(?:办事处|办|工委)?$/;
const TOWNSHIP = /(?:[乡镇]|苏木)(?:人民政府|政府)?$/;
const GOVERNMENT = /(?:人民政府|[省市县区州旗盟]政府)$/;
const DEPARTMENT = /(?:办公室|办公厅|局|厅|委员会|委|办|署)$/;
/** Names that end like a department but are not one of a county-level government (a zone's 管委会, a township office). */
const NOT_DEPARTMENT = /管理委员会|管委会|街道|[乡镇](?:人民)?政府|[乡镇]党委/;

export function reportingBody(report: Report): ReportingBody | undefined {
  const agency = (report.agency ?? '').replace(/[\s　]/g, '');
  if (!agency) return undefined;
  if (SUB_DISTRICT.test(agency)) return 'sub-district';
  if (TOWNSHIP.test(agency)) return 'township';
  if (GOVERNMENT.test(agency)) return 'government';
  if (DEPARTMENT.test(agency) && !NOT_DEPARTMENT.test(agency)) return 'department';
  return undefined;
}
