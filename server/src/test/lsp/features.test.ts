import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, Diagnostic, DocumentSymbol, FoldingRange, Hover, InlayHint, MarkupContent } from 'vscode-languageserver/node';
import { checkReport } from '../../core/check';
import { TABLE3_2023 } from '../../core/spec';
import { applyWorkspaceEdit, cellOf, numberOf, rangeOf, replaceSpan, SEED_2023, SEED_BLANKS } from './fixtures';
import { Harness, seedText, seedUri } from './harness';
import type { NewReportResult } from '../../lsp/protocol';
import { readDocumentText } from '../../lsp/read-document';

const hoverText = (hover: Hover | null): string => (hover ? (hover.contents as MarkupContent).value : '');

describe('features over the protocol', () => {
  let harness: Harness;
  before(async () => { harness = await Harness.start({ settings: { debounce: 0 } }); });
  after(async () => { await harness.dispose(); });

  const request = <T>(method: string, params: unknown): Promise<T> => harness.client.sendRequest(method, params) as Promise<T>;

  it('hover on a total shows its equations with the numbers and ✓', async () => {
    const text = seedText(SEED_2023);
    const uri = `${seedUri(SEED_2023)}#hover`;
    await harness.open(uri, text);
    const total = cellOf(text, 's3.new.total');
    const hover = await request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, total.span).start });
    const value = hoverText(hover);
    assert.match(value, /=/, `the hover states an equation: ${value}`);
    assert.match(value, /✓/, 'the equation holds in the seed');
    assert.ok(value.includes(String(numberOf(total))), 'the total itself appears in the hover');
    assert.deepEqual(hover?.range, rangeOf(text, total.span), 'the hover covers the cell');
  });

  it('hover on a row label says what the row counts', async () => {
    const text = seedText(SEED_2023);
    const uri = `${seedUri(SEED_2023)}#row`;
    await harness.open(uri, text);
    const row = checkReport(text).report.tables.s3?.rows.find((r) => r.key === 'partial');
    assert.ok(row, 'the parser finds 表三 （二）部分公开');
    const hover = await request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, row.labelSpan).start });
    assert.match(hoverText(hover), /部分公开/);
  });

  it('codeAction on a missing table (GR105) inserts the table of the format in force: no GR105 left, labels as in the spec, nothing else touched', async () => {
    const original = seedText(SEED_2023);
    const table = checkReport(original).report.tables.s3;
    assert.ok(table, 'the parser finds 表三 in seed 003');
    const text = replaceSpan(original, table.span, '').text;
    const uri = 'file:///r/missing-table.report.md';
    const published = await harness.open(uri, text);
    const diagnostic = published.diagnostics.find((d) => d.code === 'GR105');
    assert.ok(diagnostic, `GR105 is published for the removed table (got ${published.diagnostics.map((d) => d.code).join(', ')})`);
    const actions = await request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const action = actions.find((a) => a.diagnostics?.some((d) => d.code === 'GR105'));
    assert.ok(action?.edit, 'a quick-fix with an edit for GR105');
    assert.equal(action.kind, 'quickfix');
    const fixed = applyWorkspaceEdit(uri, text, action.edit);

    const edits = action.edit.changes![uri]!;
    assert.equal(edits.length, 1);
    assert.deepEqual(edits[0]!.range.start, edits[0]!.range.end, 'the fix only inserts');

    const after = checkReport(fixed);
    assert.ok(!after.findings.some((f) => f.code === 'GR105'), 'no GR105 after the fix');
    const inserted = after.report.tables.s3;
    assert.ok(inserted, 'the inserted 表三 is parsed');
    assert.equal(inserted.edition, '2023');
    assert.deepEqual(inserted.rows.map((r) => r.key), TABLE3_2023.rows.map((r) => r.key), 'every row of the 2023 template, in order');
    const newText = edits[0]!.newText;
    for (const row of TABLE3_2023.rows) assert.ok(newText.includes(row.label), `the template prints the spec label ${row.label}`);
    assert.ok(!after.findings.some((f) => (f.code === 'GR205' || f.code === 'GR107') && f.span.start >= inserted.span.start && f.span.end <= inserted.span.end),
      'no label typo or missing row inside the inserted template');
  });

  it('source.fixAll.govReport fills only the blanks the sums prove 0, in one edit; unknowns stay blank', async () => {
    const proven = '上年结转政府信息公开申请数量\t0';
    const text = seedText(SEED_BLANKS).replace(proven, '上年结转政府信息公开申请数量\t');
    assert.notEqual(text, seedText(SEED_BLANKS), 'the seed has the cell to blank');
    const uri = `${seedUri(SEED_BLANKS)}#fixall`;
    const published = await harness.open(uri, text);
    const blanks = published.diagnostics.filter((d) => d.code === 'GR201');
    assert.equal(blanks.length, 2, `the proven-0 blank and the 表四 row of five blanks (got ${blanks.length})`);
    const actions = await request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.govReport'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.govReport');
    const fixed = applyWorkspaceEdit(uri, text, actions[0]!.edit);
    assert.equal(fixed, seedText(SEED_BLANKS), 'the proven blank is 0 again, nothing else changed');
    const left = checkReport(fixed).findings.filter((f) => f.code === 'GR201');
    assert.deepEqual(left.map((f) => f.cells?.length), [5], 'the 表四 blanks (not proven 0) stay blank');
  });

  it('quick-fixes are found by the diagnostic\'s code and data, not its message', async () => {
    const text = seedText(SEED_BLANKS);
    const uri = `${seedUri(SEED_BLANKS)}#bydata`;
    const published = await harness.open(uri, text);
    const blank = published.diagnostics.find((d) => d.code === 'GR201');
    assert.ok(blank, 'a GR201 diagnostic');
    const disguised: Diagnostic = { ...blank, message: 'something else entirely' };
    const actions = await request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: blank.range, context: { diagnostics: [disguised] },
    });
    assert.ok(actions.some((a) => a.kind === 'quickfix' && a.edit?.changes?.[uri]?.[0]?.newText === '0'));
  });

  it('document symbols: the six sections, with the tables inside theirs; folding per section', async () => {
    const text = seedText(SEED_2023);
    const uri = `${seedUri(SEED_2023)}#symbols`;
    await harness.open(uri, text);
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const sections = symbols.filter((s) => /^[一二三四五六]、/.test(s.name));
    assert.equal(sections.length, 6, `six sections (got ${symbols.map((s) => s.name).join(' | ')})`);
    const tables = sections.flatMap((s) => s.children ?? []);
    assert.equal(tables.length, 3, 'the three tables, each inside its section');
    const folding = await request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    for (const section of sections) {
      assert.ok(folding.some((f) => f.startLine === section.range.start.line), `a folding range starts at ${section.name}`);
    }
  });

  it('code lens above each arithmetic table, inlay hint after a wrong total', async () => {
    const original = seedText(SEED_2023);
    const total = cellOf(original, 's4.review.total');
    const wrong = numberOf(total) + 3n;
    const text = replaceSpan(original, total.span, String(wrong)).text;
    const uri = 'file:///r/lens.report.md';
    await harness.open(uri, text);
    const lenses = await request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.equal(lenses.length, 2, `lenses above 表三 and 表四 (got ${titles.join(' | ')})`);
    assert.ok(titles.includes('✓ 勾稽关系平衡'), '表三 balances');
    assert.ok(titles.includes('✗ 1 处合计不符'), '表四 has one total that does not add up');
    const fixed = replaceSpan(text, cellOf(text, 's4.review.total').span, String(numberOf(total))).text;
    await harness.open('file:///r/lens-fixed.report.md', fixed);
    const fixedTitles = (await request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: 'file:///r/lens-fixed.report.md' } })).map((l) => l.command?.title);
    assert.deepEqual(fixedTitles, ['✓ 勾稽关系平衡', '✓ 合计相符'], '表三 balances (勾稽关系); 表四 has totals, no 勾稽关系');
    const hints = await request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: rangeOf(text, { start: text.length, end: text.length }).end },
    });
    assert.ok(hints.some((h) => h.label === `应为 ${numberOf(total)}`), `an inlay hint with the right total (got ${hints.map((h) => String(h.label)).join(', ')})`);

    const off = harness.diagnostics.next((p) => p.uri === uri, 'diagnostics after switching lens and hints off');
    await harness.changeSettings({ debounce: 0, codeLens: false, inlayHints: false });
    await off;
    assert.deepEqual(await request('textDocument/codeLens', { textDocument: { uri } }), []);
    assert.deepEqual(await request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } } }), []);
    await harness.changeSettings({ debounce: 0 });
  });

  it('a 2019-format table is “outdated” in the outline and the status only in a report for 2021 or later', async () => {
    const text = seedText(SEED_BLANKS); // a 2020 report in the 2019 format: the format in force that year
    const details = async (uri: string, body: string): Promise<{ outline: string[]; status: string }> => {
      const status = harness.status.next((p) => p.uri === uri, 'the status notification');
      await harness.open(uri, body);
      const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      return { outline: symbols.flatMap((s) => s.children ?? []).map((c) => c.detail ?? ''), status: (await status).text };
    };
    const in2020 = await details('file:///r/edition-2020.txt', text);
    assert.equal(in2020.outline.length, 3, 'the three tables in the outline');
    assert.ok(in2020.outline.every((d) => !d.includes('过时')), in2020.outline.join(' | '));
    assert.ok(!in2020.status.includes('过时'), in2020.status);
    const in2023 = await details('file:///r/edition-2023.txt', text.replace(/20(?:19|20)(?=\s*年)/g, '2023'));
    assert.ok(in2023.outline.length === 3 && in2023.outline.every((d) => d.includes('过时')), in2023.outline.join(' | '));
    assert.ok(in2023.status.includes('过时'), in2023.status);
  });

  it('a report of the format in force with one 2019-format table: the status names that table as outdated, not the format', async () => {
    // The published PDF: 2024, 表二 and 表四 in the format in force, 表三 still in the 2019 trial format.
    const read = await readDocumentText({ uri: pathToFileURL(join(__dirname, '../../../../test-fixtures/pdf/hongze-2024.pdf')).toString() }, 'zh-CN');
    assert.ok('text' in read, 'the PDF is read');
    const uri = 'file:///r/hongze-2024.report.md';
    const status = harness.status.next((p) => p.uri === uri, 'the status notification');
    await harness.open(uri, read.text);
    const { text } = await status;
    assert.match(text, /2021年版（表三已过时）/);
    assert.doesNotMatch(text, /2021年版（已过时）/);
  });

  it('the language status carries the year, the edition and the error count', async () => {
    const text = seedText(SEED_2023);
    const uri = `${seedUri(SEED_2023)}#status`;
    const status = harness.status.next((p) => p.uri === uri, 'the status notification');
    await harness.open(uri, text);
    const params = await status;
    const { report, findings } = checkReport(text);
    assert.equal(params.active, true);
    assert.ok(report.year !== undefined && params.text.includes(`${report.year}年度`), params.text);
    assert.ok(params.text.includes(report.edition === '2023' ? '2021年版' : '2019年试行格式'));
    const errors = findings.filter((f) => f.severity === 'error').length;
    assert.ok(params.text.includes(errors > 0 ? `${errors} 个错误` : '无错误'));
  });
});

describe('commands over the protocol', () => {
  let harness: Harness;
  before(async () => { harness = await Harness.start({ settings: { debounce: 0 } }); });
  after(async () => { await harness.dispose(); });

  const execute = (command: string, ...args: unknown[]): Promise<unknown> =>
    harness.client.sendRequest('workspace/executeCommand', { command, arguments: args });

  it('lists the template choices: 表二, 表三, 表四, 整份报告', async () => {
    const choices = await execute('govReport.server.templateChoices') as { id: string; label: string }[];
    assert.deepEqual(choices.map((c) => c.label), ['表二', '表三', '表四', '整份报告']);
  });

  it('inserts a template at the cursor through workspace/applyEdit', async () => {
    const uri = 'file:///r/insert.report.md';
    const text = '# 某某局2023年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n';
    await harness.open(uri, text);
    const result = await execute('govReport.server.insertTemplate', { uri, position: { line: 3, character: 0 }, choice: 's3' }) as { applied: boolean };
    assert.equal(result.applied, true);
    const edit = harness.appliedEdits.at(-1)?.edit;
    const fixed = applyWorkspaceEdit(uri, text, edit);
    const cursor = text.indexOf('\n\n', text.indexOf('三、')) + 1;
    assert.ok(fixed.startsWith(text.slice(0, cursor)) && fixed.endsWith(text.slice(cursor)), 'the text around the cursor is untouched');
    assert.equal(checkReport(fixed).report.tables.s3?.rows.length, TABLE3_2023.rows.length, 'the inserted 表三 parses with every row');
  });

  it('new report: a skeleton for a year and agency, checked clean of structure errors', async () => {
    const { text, fileName } = await execute('govReport.server.newReport', { year: 2024, agency: '某某市统计局' }) as NewReportResult;
    assert.match(text, /某某市统计局2024年/);
    assert.equal(fileName, '某某市统计局2024年政府信息公开工作年度报告.report.md', 'the file name is the title, not the first line (“# …”)');
    const plain = await execute('govReport.server.newReport', { year: 2023, agency: '某某/县*局', flavour: 'plaintext' }) as NewReportResult;
    assert.equal(plain.fileName, '某某县局2023年政府信息公开工作年度报告.report.txt', 'no character a file system refuses');
    const { report, findings } = checkReport(text);
    assert.equal(new Set(report.sections.map((s) => s.index)).size, 6);
    assert.deepEqual(Object.keys(report.tables).sort(), ['s2', 's3', 's4']);
    const got = findings.map((f) => f.code).join(', ');
    assert.ok(!findings.some((f) => /^GR10/.test(f.code)), `no structure finding in a fresh skeleton (got ${got})`);
    assert.ok(findings.some((f) => f.code === 'GR110' && f.severity === 'error'), `an unfilled skeleton is not clean (got ${got})`);
    assert.equal(findings.filter((f) => f.code === 'GR201').length, 3, `one blank-cell finding per table, not one per cell (got ${got})`);
    const bySection = new Map<number, number>();
    for (const f of findings) {
      const section = report.sections.find((s) => s.span.start <= f.span.start && f.span.start < s.span.end);
      if (section) bySection.set(section.index, (bySection.get(section.index) ?? 0) + 1);
    }
    for (const [index, count] of bySection) assert.ok(count <= 1, `section ${index}: ${count} findings before anything is typed (got ${got})`);
    await assert.rejects(execute('govReport.server.newReport', { year: 'soon', agency: 'x' }), /年度无效/);
  });

  it('checks files that are not open and publishes their diagnostics', async () => {
    const files = [
      { uri: 'file:///ws/a.report.md', text: seedText(SEED_2023) },
      { uri: 'file:///ws/notes.md', text: '# 笔记\n\n随便写写。\n' },
    ];
    const published = harness.diagnostics.next((p) => p.uri === files[0]!.uri, 'diagnostics of the checked file');
    const result = await execute('govReport.server.checkFiles', { files }) as { checked: number; skipped: number; message: string };
    assert.equal(result.checked, 1);
    assert.equal(result.skipped, 1);
    assert.match(result.message, /已检查 1 份年报/);
    assert.equal((await published).diagnostics.length, checkReport(seedText(SEED_2023)).findings.length);
  });
});
