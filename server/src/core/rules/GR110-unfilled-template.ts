import type { Report, Table } from '../model';
import { isPlaceholderText, placeholderSpans } from '../placeholders';
import type { Rule, RuleFinding } from './rule';
import { allCells, cellName, documentStartSpan, TABLE_NAMES, text } from './support';

const tableSpans = (report: Report): readonly Table[] => Object.values(report.tables).filter((t): t is Table => !!t);

function* placeholdersInText(report: Report): Iterable<RuleFinding> {
  const tables = tableSpans(report);
  for (const span of placeholderSpans(report)) {
    // Cells are judged one by one below (their text is the cell's own).
    if (tables.some((t) => t.span.start <= span.start && span.end <= t.span.end)) continue;
    const shown = report.text.slice(span.start, span.end);
    const quoted = shown.length > 24 ? `${shown.slice(0, 23)}…` : shown;
    yield {
      span,
      message: text(`“${quoted}”是模板的占位文字，尚未填写。`, `“${quoted}” is the template’s placeholder: not filled in yet.`),
    };
  }
}

function* placeholderCells(report: Report): Iterable<RuleFinding> {
  for (const { cell } of allCells(report)) {
    if (cell.value.kind !== 'invalid' || !isPlaceholderText(cell.value.text)) continue;
    const name = cellName(cell.key, report.edition);
    yield {
      span: cell.span,
      message: text(`${name['zh-CN']}是占位文字“${cell.value.text.trim()}”，尚未填写。`, `${name.en} holds the placeholder “${cell.value.text.trim()}”: not filled in yet.`),
      cells: [cell.key],
    };
  }
}

function* blankTables(report: Report): Iterable<RuleFinding> {
  const tables = tableSpans(report);
  if (tables.length === 0) return;
  const blank = tables.every((t) => t.rows.every((r) => r.cells.every((c) => c.value.kind === 'blank')));
  if (!blank) return;
  const names = tables.map((t) => TABLE_NAMES[t.id]);
  yield {
    span: report.title?.span ?? documentStartSpan(report),
    message: text(
      `报告尚未填写：${names.map((n) => n['zh-CN']).join('、')}的单元格全部为空。`,
      `The report is not filled in: every cell of ${names.map((n) => n.en).join(', ')} is blank.`,
    ),
  };
}

export const unfilledTemplate: Rule = {
  code: 'GR110', slug: 'unfilled-template', defaultSeverity: 'error',
  title: text('模板尚未填写', 'Template not filled in'),
  description: text(
    '正文或单元格中留有模板的占位文字（“（请填写…）”“（文字描述）”“XX”“××”“【】”等），或统计表全部空白：报告尚未完成。',
    'Placeholder text of a template (“（请填写…）”, “（文字描述）”, “XX”, “××”, “【】”…) is left in the text or a cell, or every table is blank: the report is not finished.',
  ),
  *check({ report }) {
    yield* placeholdersInText(report);
    yield* placeholderCells(report);
    yield* blankTables(report);
  },
};
