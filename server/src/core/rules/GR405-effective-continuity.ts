import { add, compare, formatDecimal, sub, type Decimal } from '../decimal';
import type { Report } from '../model';
import type { Rule } from './rule';
import { cellName, cellOf, text } from './support';

const ROWS = [
  { key: 'rules', zh: '规章', en: 'rules' },
  { key: 'normative', zh: '行政规范性文件', en: 'normative documents' },
] as const;

const numberAt = (report: Report, key: string): Decimal | undefined => {
  const cell = cellOf(report, key);
  return cell?.value.kind === 'number' ? cell.value.value : undefined;
};

/**
 * 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止 (the format in force, both years). Only a hint:
 * the notices do not say whether 制发 counts revisions or 废止 counts lapses, so the two can differ rightly.
 */
export const effectiveContinuity: Rule = {
  code: 'GR405', slug: 'effective-continuity', defaultSeverity: 'information', needsPrevious: true,
  title: text('现行有效件数与上年不衔接', 'Documents in force do not follow from last year'),
  description: text(
    '表二规章、行政规范性文件的“现行有效件数”通常等于上一年度报告的现行有效件数加本年制发件数减本年废止件数（两年均使用现行格式（国办公开办函〔2021〕30号）的表格时检查）。通知未规定“本年制发”是否含修订、“本年废止”是否含自然失效（有效期届满），口径不同时可以不一致，故仅作提示；建议在表下注明口径。',
    'In table 2, rules and normative documents in force usually equal last year’s figure plus this year’s issued minus repealed (checked when both years use the tables of the 2021 format in force). The notices do not say whether 本年制发 includes revisions or 本年废止 includes documents that lapsed, so other ways of counting can make them differ rightly: only a hint; say how you count in a note under the table.',
  ),
  *check({ report, previous }) {
    if (!previous) return;
    for (const row of ROWS) {
      const effective = cellOf(report, `s2.${row.key}.effective`);
      const issued = numberAt(report, `s2.${row.key}.issued`);
      const repealed = numberAt(report, `s2.${row.key}.repealed`);
      const before = cellOf(previous.report, `s2.${row.key}.effective`);
      if (effective?.value.kind !== 'number' || before?.value.kind !== 'number' || !issued || !repealed) continue;
      const expected = sub(add(before.value.value, issued), repealed);
      if (compare(expected, effective.value.value) === 0) continue;
      const [now, then, made, gone, sumText] = [effective.value.value, before.value.value, issued, repealed, expected].map(formatDecimal);
      yield {
        span: effective.span,
        message: text(
          `表二“${row.zh}”现行有效件数为 ${now}，而上年现行有效 ${then} + 本年制发 ${made} − 本年废止 ${gone} = ${sumText}。通知未规定制发是否含修订、废止是否含自然失效，口径不同时可以不一致，请核对并在表下注明口径。`,
          `Table 2 ${row.en} in force: ${now}, but last year’s ${then} + issued ${made} − repealed ${gone} = ${sumText}. The notices do not say whether revisions or lapsed documents count, so a difference can be right; please check and say how you count in a note under the table.`,
        ),
        related: [{
          span: before.span, file: previous.file,
          message: text(`上一年度报告：${cellName(before.key, previous.report.edition)['zh-CN']} = ${then}`, `Last year’s report: ${before.key} = ${then}`),
        }],
        cells: [effective.key, `s2.${row.key}.issued`, `s2.${row.key}.repealed`],
        expected: sumText,
      };
    }
  },
};
