import { formatDecimal } from '../decimal';
import type { Fix } from '../findings';
import type { Report } from '../model';
import { compareMention, proseMentions, type ProseMention, type ReadingValue } from '../prose';
import type { Rule, RuleFinding } from './rule';
import { cellName, cellOf, text } from './support';

const shown = (mention: ProseMention, value: string): string => (mention.kind === 'share' ? `${value}%` : value);

function related(report: Report, v: ReadingValue): RuleFinding['related'] {
  return [...v.reading.keys, ...(v.reading.denominator ?? [])]
    .map((key) => ({ key, cell: cellOf(report, key) }))
    .filter((x) => x.cell)
    .map((x) => ({ span: x.cell!.span, message: cellName(x.key, report.edition) }));
}

function fix(mention: ProseMention, value: string): Fix[] {
  // Only an arabic figure is replaced; a sentence in Chinese numerals is the author's to reword.
  if (!/^\d+(?:\.\d+)?$/.test(mention.text)) return [];
  return [{
    title: text(`将正文数字改为表格中的 ${value}`, `Change the figure in the text to the table’s ${value}`),
    edits: [{ span: mention.span, newText: value }],
    safe: false,
  }];
}

/**
 * A figure in the prose that no reading of its words finds in the tables. A figure equal to
 * 本年新收 + 上年结转 where the words say 收到/受理 is not reported: reports commonly count the
 * carried-over requests among those received or accepted; the hover on the figure says so.
 */
export const textVsTable: Rule = {
  code: 'GR403', slug: 'text-vs-table', defaultSeverity: 'warning',
  title: text('正文数字与表格不一致', 'Text and table disagree'),
  description: text(
    '正文中写明的申请数、办理结果、结转数、行政复议和行政诉讼案件数、规章和行政规范性文件件数以及占比（如“共收到政府信息公开申请20件”“予以公开3条”“占17.46%”）应与表格一致。只识别紧邻表格事项用语的数字；正文数字等于“本年新收+上年结转”时视为一致（年报常把上年结转计入受理数），悬停可查看对照。',
    'Counts and shares stated in the prose (applications received, each outcome, carried over, review and litigation cases, rules and normative documents, and shares such as 占17.46%) agree with the tables. Only figures right next to words naming a table quantity are read; a figure equal to new + carried over counts as agreeing (reports often include last year’s carried-over requests), and the hover on the figure shows the comparison.',
  ),
  *check({ report }) {
    for (const mention of proseMentions(report)) {
      const comparison = compareMention(report, mention);
      if (comparison.status !== 'differs' || !comparison.reading?.value) continue;
      const v = comparison.reading;
      const table = shown(mention, formatDecimal(v.value!));
      const prose = shown(mention, formatDecimal(mention.value));
      const phrase = mention.phrase.replace(/\s+/g, '');
      yield {
        span: mention.span,
        message: text(
          `正文“${phrase}”为 ${prose}，而${v.reading.label['zh-CN']}为 ${table}。`,
          `The text says ${prose} (“${phrase}”) but ${v.reading.label.en} is ${table}.`,
        ),
        related: related(report, v),
        fixes: fix(mention, formatDecimal(v.value!)),
        cells: [...v.reading.keys, ...(v.reading.denominator ?? [])],
        expected: formatDecimal(v.value!),
      };
    }
  },
};
