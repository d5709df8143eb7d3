import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explainCell, explainRowLabel } from '../../core/explain';
import { parseReport } from '../../core/parse';
import { explainProseNumber } from '../../core/prose';
import { cellMarkdown, proseMarkdown, rowMarkdown } from '../../lsp/hover-markdown';
import { buildReport, type CellText } from '../report-builder';
import { loadSeeds, ROOT } from '../seeds';

// The hovers' Markdown, rendered from the core's explanations (the data is tested in core/explain.test.ts).

const SEED_000 = loadSeeds().find((s) => s.name.startsWith('000_'))!;
const seed000 = (): ReturnType<typeof buildReport> => buildReport(SEED_000.truth.cells, { s2: '2019', s3: '2019', s4: '2023' }, { year: 2020 });

test('a cell: its path in bold first, the hovered number bold in each equation, ✓ when it holds', () => {
  const { report } = seed000();
  const e = explainCell(report, 's3.unable.no_info.total', 'zh-CN')!;
  const markdown = cellMarkdown(e, 'zh-CN');
  assert.match(markdown, /^\*\*表三 › 三、本年度办理结果 › （四）无法提供 › 1\.本机关不掌握相关政府信息 › 总计\*\*/);
  assert.match(markdown, /\n- 总计 \*\*57\*\* = 自然人 52 \+ 商业企业 5 .*✓\n/, 'the hovered number in bold');
  assert.match(markdown, /\n- （七）总计 77 = 12 \+ 3 \+ .*\*\*57\*\*.*✓$/);
  const english = cellMarkdown(explainCell(report, 's3.unable.no_info.total', 'en')!, 'en');
  assert.match(english, /^\*\*Table 3 › /);
  assert.match(english, /Value: 57/);
});

test('a wrong number shows ✗', () => {
  const cells: Record<string, CellText> = { ...SEED_000.truth.cells, 's3.unable.no_info.total': 58 };
  const { report } = buildReport(cells, { s3: '2019' });
  assert.match(cellMarkdown(explainCell(report, 's3.unable.no_info.total', 'zh-CN')!, 'zh-CN'), /✗/);
});

test('表二: the unit and what the column counts, no sums', () => {
  const { report } = buildReport({ 's2.fees.amount': '107.20', 's2.licensing.decisions': 4 });
  assert.match(cellMarkdown(explainCell(report, 's2.fees.amount', 'zh-CN')!, 'zh-CN'), /万元[\s\S]*表二没有合计关系/);
  assert.match(cellMarkdown(explainCell(report, 's2.fees.amount', 'en')!, 'en'), /10,000 yuan/);
  assert.match(cellMarkdown(explainCell(report, 's2.licensing.decisions', 'zh-CN')!, 'zh-CN'), /处理决定数量/);
});

test('a blank cell says so and that its equations cannot be checked; a text cell is escaped', () => {
  const { report } = seed000();
  const blank = cellMarkdown(explainCell(report, 's4.review.upheld', 'zh-CN')!, 'zh-CN');
  assert.match(blank, /此单元格为空白/);
  assert.match(blank, /无法核对/);
  assert.match(cellMarkdown(explainCell(report, 's4.review.upheld', 'en')!, 'en'), /blank/);
  const invalid = cellMarkdown(explainCell(buildReport({ 's3.new.natural': 'a*b|c' }, { s3: '2023' }).report, 's3.new.natural', 'zh-CN')!, 'zh-CN');
  assert.match(invalid, /a\\\*b\\\|c/);
  assert.match(invalid, /此单元格不是数字/);
});

test('a row label: its path, then its total', () => {
  const { report } = seed000();
  const at = report.tables.s3!.rows.find((r) => r.key === 'partial')!.labelSpan.start + 1;
  const markdown = rowMarkdown(explainRowLabel(report, at, 'zh-CN')!, 'zh-CN');
  assert.match(markdown, /^\*\*表三 › 三、本年度办理结果 › （二）部分公开/);
  assert.match(markdown, /总计 3 = 自然人 3 .*✓/);
});

test('表四 columns: the note marked as the project\'s reading shows in the hover', () => {
  const report = parseReport(loadSeeds().find((s) => s.name.startsWith('003_'))!.text);
  assert.match(cellMarkdown(explainCell(report, 's4.review.upheld', 'zh-CN')!, 'zh-CN'), /结果维持（本项目的理解/);
});

test('a prose figure equal to new + carried over: the hover shows the alternative reading', () => {
  const base = readFileSync(join(ROOT, 'test-fixtures/synthetic/valid-2023.report.md'), 'utf8');
  const text = base.replace(/本年共收到政府信息公开申请12件[^\n]*/, '本年共受理政府信息公开申请13件。');
  const report = parseReport(text);
  const hover = proseMarkdown(explainProseNumber(report, text.indexOf('13件'), 'zh-CN')!, 'zh-CN');
  assert.match(hover, /13/);
  assert.match(hover, /12 \+ 1 = 13 ✓/);
  assert.match(hover, /上年结转/);
  assert.match(proseMarkdown(explainProseNumber(report, text.indexOf('13件'), 'en')!, 'en'), /carried/);
});
