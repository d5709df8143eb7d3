import { compare, formatDecimal, ZERO } from '../decimal';
import type { Report } from '../model';
import type { Rule } from './rule';
import { sectionOf, sectionProse, squeeze } from './section-prose';
import { cellOf, text } from './support';

const NO_FEE_TOTAL = 's3.other.no_fee.total';
const FEE = /信息处理费|收费/;
/** Words that say fees were demanded or what was collected: a notice, a payment, an amount. */
const CHARGED = /(?:收费|缴费|缴纳|付费)通知|通知.{0,10}(?:缴纳|缴费|收费)|缴纳|\d+(?:\.\d+)?(?:万)?元|\d+件.{0,10}(?:收费|收取)|(?:收费|收取).{0,10}\d+件/;

/** 表三's count of requests closed because the applicant did not pay the fee (`'2'`), when above 0. */
export function feesDemanded(report: Report): string | undefined {
  const cell = cellOf(report, NO_FEE_TOTAL);
  if (cell?.value.kind !== 'number' || compare(cell.value.value, ZERO) <= 0) return undefined;
  return formatDecimal(cell.value.value);
}

export const feeDemanded: Rule = {
  code: 'GR412', slug: 'fee-demanded', defaultSeverity: 'warning',
  title: text('表三显示发出过收费通知，第六部分未说明收费情况', 'Table 3 shows fee notices, section 六 does not say what was charged'),
  description: text(
    '表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用”大于0，说明本年向申请人发出过信息处理费收费通知（条例第四十二条、国办函〔2020〕109号），第六部分应说明收费情况（发出几份收费通知、收取多少）。只写“未收取信息处理费”不够。',
    'When table 3 row “(6) 2. fee not paid in time” is above 0, fee notices for the 信息处理费 were sent this year (Regulations Art. 42, 国办函〔2020〕109号), so section 六 says what was charged (notices sent, amounts collected); “no fee was collected” alone does not.',
  ),
  *check({ report }) {
    const count = feesDemanded(report);
    if (count === undefined) return;
    const six = sectionOf(report, 6);
    if (!six) return;
    const prose = squeeze(sectionProse(report, six));
    const sentences = prose.split(/[。；;！!？?]/).filter((s) => FEE.test(s));
    if (sentences.some((s) => CHARGED.test(s))) return;
    const cell = cellOf(report, NO_FEE_TOTAL)!;
    yield {
      span: six.heading.span,
      message: text(
        `表三有 ${count} 件申请因逾期未缴纳信息处理费而不再处理，即本年发出过收费通知；第六部分应说明信息处理费的收费情况（发出收费通知和实际收取的情况）。`,
        `Table 3 counts ${count} request(s) closed because the fee was not paid, so fee notices were sent this year; section 六 should say what was charged (notices sent, amounts collected).`,
      ),
      related: [{ span: cell.span, message: text('表三“2.申请人逾期未按收费通知要求缴纳费用”总计', 'Table 3 “fee not paid in time”, total') }],
      cells: [NO_FEE_TOTAL],
    };
  },
};
