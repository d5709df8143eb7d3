import type { Cell, Report } from '../model';
import type { Rule, RuleFinding } from './rule';
import { cover, text } from './support';

/** What agencies print for “does not apply”: a slash, a dash, 无, 不适用, 不涉及. */
const NOT_APPLICABLE = /^(?:[/／]|[-—–―─－]{1,4}|无|不适用|不涉及)$/;

/** A 规章 cell marked “does not apply”: this rule's, not a number error or a zero placeholder. */
export const isRulesRowMark = (cell: Cell): boolean =>
  cell.table === 's2' && cell.row === 'rules' && cell.value.kind === 'invalid' && NOT_APPLICABLE.test(cell.value.text.trim());

function marked(report: Report): Cell[] {
  return report.tables.s2?.rows.filter((r) => r.key === 'rules').flatMap((r) => r.cells.filter(isRulesRowMark)) ?? [];
}

/**
 * Only people's governments of provinces and of cities with districts, and State Council
 * departments, make 规章 (立法法); most agencies have none to count and mark the row “/”. That is a
 * common, readable practice, not an error — the tables' own convention (建议填0) is given as advice.
 */
export const rulesRowNotApplicable: Rule = {
  code: 'GR415', slug: 'rules-row-not-applicable', defaultSeverity: 'information',
  title: text('“规章”行填写“/”', '“/” in the 规章 row'),
  description: text(
    '没有规章制定权的机关常在表二“规章”行填写“/”“—”或“无”。这是常见做法，不算错误；为便于汇总统计，建议填0。其他单元格中的这类符号由 GR202 或 GR206 报告。',
    'Agencies without rule-making power often mark table 2’s 规章 row with “/”, “—” or 无. That is common practice, not an error; 0 is suggested so the figures can be added up. Such marks in other cells are reported by GR202 or GR206.',
  ),
  *check({ report }): Iterable<RuleFinding> {
    const cells = marked(report);
    if (cells.length === 0) return;
    yield {
      span: cover(cells.map((c) => c.span)),
      message: text(
        `表二“规章”行填写了“${cells[0]!.value.kind === 'invalid' ? cells[0]!.value.text.trim() : ''}”：没有规章制定权的机关常这样填写，不算错误；建议填0，便于汇总统计。`,
        `Table 2’s 规章 row is marked “${cells[0]!.value.kind === 'invalid' ? cells[0]!.value.text.trim() : ''}”: common for agencies without rule-making power, not an error; 0 is suggested so the figures add up.`,
      ),
      cells: cells.map((c) => c.key),
      fixes: [{ title: text('改为 0', 'Change to 0'), edits: cells.map((c) => ({ span: c.span, newText: '0' })), safe: false }],
    };
  },
};
