import { comparableLabel as comparable, formsOf, rowSpecOf, tableSpec } from '../spec';
import type { Report } from '../model';
import type { Rule, RuleFinding } from './rule';
import { firstLineOf, TABLE_NAMES, text } from './support';

/**
 * A page break can cut a label and print its last characters after the repeated header
 * (`…申请数` … `量`): the label is whole if the missing tail stands as a field of its own before the next row.
 */
function continuedAfterBreak(report: Report, printed: string, template: string, from: number, to: number): boolean {
  if (!template.startsWith(printed) || printed.length === template.length) return false;
  const tail = template.slice(printed.length);
  return report.text.slice(from, to).split(/[\t\n\r|]/).some((field) => comparable(field) === tail);
}

/**
 * Where the row's own label starts in the printed text: a space-separated table prints the group
 * labels on the same line (`三、 本 年 度 办 理 结 果 (三) 不予公开 8. …`); those are not the row's.
 */
function ownLabelStart(printed: string, prefixes: readonly string[]): number {
  let start = 0;
  for (let i = 1; i < printed.length; i++) {
    const form = comparable(printed.slice(0, i));
    if (prefixes.includes(form)) start = i;
    // No group label goes on from here (the last character may still compose with the next one).
    else if (!prefixes.some((p) => p.startsWith(form.slice(0, -1)))) break;
  }
  while (start < printed.length && /\s/.test(printed[start]!)) start++;
  return start;
}

export const labelTypo: Rule = {
  code: 'GR205', slug: 'label-typo', defaultSeverity: 'information',
  title: text('行标签与标准表格不一致', 'Row label differs from the template'),
  description: text(
    '行标签应与规定表格一字不差（全角/半角、空格差异不计），如“2.其他法律行政止公开”应为“2.其他法律行政法规禁止公开”。',
    'Row labels read exactly as in the prescribed table (width and spacing aside), e.g. “2.其他法律行政止公开” should be “2.其他法律行政法规禁止公开”.',
  ),
  check({ report }) {
    const findings: RuleFinding[] = [];
    for (const table of Object.values(report.tables)) {
      if (!table || table.id === 's4') continue;
      const spec = tableSpec(table.id, table.edition);
      table.rows.forEach((row, i) => {
        const template = rowSpecOf(spec, row.key);
        if (!template || !row.label) return;
        const raw = report.text.slice(row.labelSpan.start, row.labelSpan.end);
        const own = raw.length <= 200 ? ownLabelStart(raw, formsOf(template).groupPrefixes) : 0;
        const printed = comparable(own > 0 ? raw.slice(own) : row.label);
        if (formsOf(template).accepted.includes(printed)) return;
        const nextLabel = table.rows[i + 1]?.labelSpan.start ?? table.span.end;
        if (continuedAfterBreak(report, printed, comparable(template.label), row.span.end, nextLabel)) return;
        const target = { start: row.labelSpan.start + own, end: row.labelSpan.end };
        const contiguous = !/[\t\n\r|<>]/.test(report.text.slice(target.start, target.end));
        const name = TABLE_NAMES[table.id];
        findings.push({
          span: firstLineOf(report, target),
          message: text(
            `${name['zh-CN']}行标签“${raw.slice(own).trim()}”与标准表格不一致，应为“${template.label}”。`,
            `${name.en} row label “${raw.slice(own).trim()}” differs from the template: “${template.label}”.`,
          ),
          fixes: contiguous ? [{
            title: text(`改为“${template.label}”`, `Change to “${template.label}”`),
            edits: [{ span: target, newText: template.label }],
            safe: true,
          }] : [],
        });
      });
    }
    return findings;
  },
};
