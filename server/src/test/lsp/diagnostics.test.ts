import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { checkReport } from '../../core/check';
import { cellOf, numberOf, replaceSpan, SEED_2023 } from './fixtures';
import { Harness, seedText, seedUri } from './harness';

const isArithmetic = (code: unknown): boolean => typeof code === 'string' && /^GR30[1-4]$/.test(code);

describe('diagnostics over the protocol', () => {
  let harness: Harness;
  before(async () => { harness = await Harness.start({ settings: { debounce: 0 } }); });
  after(async () => { await harness.dispose(); });

  it('initialize declares incremental sync and the features', () => {
    const caps = harness.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(caps.hoverProvider && caps.codeActionProvider && caps.documentSymbolProvider && caps.foldingRangeProvider);
    assert.ok(caps.codeLensProvider && caps.inlayHintProvider && caps.executeCommandProvider);
  });

  it('didOpen of a seed publishes its diagnostics, each with code, docs link and source', async () => {
    const text = seedText(SEED_2023);
    const uri = seedUri(SEED_2023);
    const published = await harness.open(uri, text);
    const expected = checkReport(text).findings;
    assert.equal(published.diagnostics.length, expected.length, 'one diagnostic per finding of the core');
    for (const d of published.diagnostics) {
      assert.equal(d.source, 'gov-report');
      assert.match(String(d.code), /^GR\d{3}$/);
      // The rule's page shipped with the extension (here: the checkout's docs/rules/), a file that exists.
      const href = d.codeDescription?.href ?? '';
      assert.match(href, new RegExp(`^file:.*/docs/rules/${String(d.code)}\\.md$`));
      assert.ok(existsSync(fileURLToPath(href)), `${href} exists`);
      assert.ok(d.severity !== undefined);
    }
    assert.ok(!published.diagnostics.some((d) => isArithmetic(d.code)), 'the seed balances: no arithmetic diagnostic');
  });

  it('an incremental change to one number yields an arithmetic diagnostic on its line, with the operands related; undoing it clears it', async () => {
    const uri = `${seedUri(SEED_2023)}#mutated`;
    const original = seedText(SEED_2023);
    await harness.open(uri, original);
    const cell = cellOf(original, 's3.new.natural');
    const edited = replaceSpan(original, cell.span, String(numberOf(cell) + 7n));
    const broken = await harness.change(uri, 2, [edited.change]);
    const arithmetic = broken.diagnostics.filter((d) => isArithmetic(d.code));
    assert.ok(arithmetic.length > 0, `an arithmetic diagnostic after the change (got ${broken.diagnostics.map((d) => d.code).join(', ')})`);
    assert.ok(arithmetic.some((d) => d.range.start.line === edited.change.range.start.line || d.relatedInformation?.some((r) => r.location.range.start.line === edited.change.range.start.line)),
      'the changed cell is the diagnostic or one of its related operands');
    assert.ok(arithmetic.every((d) => d.severity === DiagnosticSeverity.Error));
    assert.ok(arithmetic.some((d) => (d.relatedInformation?.length ?? 0) > 0), 'relatedInformation points at the operand cells');

    const undo = { range: { start: edited.change.range.start, end: { line: edited.change.range.start.line, character: edited.change.range.start.character + edited.change.text.length } }, text: cell.raw };
    const restored = await harness.change(uri, 3, [undo]);
    assert.ok(!restored.diagnostics.some((d) => isArithmetic(d.code)), 'undoing the change clears the arithmetic diagnostic');
  });

  it('a markdown document that is not a report gets no diagnostics; one that is gets them', async () => {
    const notes = await harness.open('file:///notes/readme.md', '# 会议纪要\n\n一、讨论事项\n\n今天讨论了预算。\n', 'markdown');
    assert.deepEqual(notes.diagnostics, []);
    const report = await harness.open('file:///notes/report.md', seedText(SEED_2023), 'markdown');
    assert.ok(report.diagnostics.length === checkReport(seedText(SEED_2023)).findings.length);
  });
});

describe('diagnostics follow the settings', () => {
  it('rule severities and off come from govReport.rules; messages from govReport.locale', async () => {
    const text = '一、总体情况\n\n正文。\n\n二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n';
    const harness = await Harness.start({ settings: { debounce: 0 } });
    try {
      const uri = 'file:///r/settings.report.md';
      const before = await harness.open(uri, text);
      const codes = [...new Set(before.diagnostics.map((d) => String(d.code)))];
      assert.ok(codes.length >= 2, `several rules fire on a report with three sections and no title (got ${codes.join(', ')})`);
      const [offCode, hintCode] = codes as [string, string];
      const republished = harness.diagnostics.next((p) => p.uri === uri && !p.diagnostics.some((d) => d.code === offCode), 'diagnostics after the settings change');
      await harness.changeSettings({ debounce: 0, locale: 'en', rules: { [offCode]: 'off', [hintCode]: 'hint' } });
      const after = await republished;
      assert.ok(after.diagnostics.length > 0);
      assert.ok(after.diagnostics.filter((d) => d.code === hintCode).every((d) => d.severity === DiagnosticSeverity.Hint));
      const english = checkReport(text, { options: { locale: 'en', rules: { [offCode]: 'off', [hintCode]: 'hint' }, repeatedTextThreshold: 0.5 } }).findings.map((f) => f.message.en);
      assert.deepEqual(after.diagnostics.map((d) => d.message), english);
    } finally {
      await harness.dispose();
    }
  });

  it('messages follow the editor locale unless govReport.locale is set', async () => {
    const text = '一、总体情况\n\n二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n';
    const harness = await Harness.start({ settings: { debounce: 0 }, locale: 'en' });
    try {
      const published = await harness.open('file:///r/en.report.md', text);
      const expected = checkReport(text).findings.map((f) => f.message.en);
      assert.ok(expected.length > 0);
      assert.deepEqual(published.diagnostics.map((d) => d.message), expected);
    } finally {
      await harness.dispose();
    }
  });

  it('invalid settings: one clear message naming each setting, defaults used, the server keeps working', async () => {
    const harness = await Harness.start({ settings: { debounce: 'fast', detect: 'sometimes', rules: { GR301: 'fatal', GR101: 'off' } } });
    try {
      const message = harness.messages.all[0] ?? await harness.messages.next(() => true, 'a window/showMessage about the settings');
      assert.match(message.message, /govReport\.debounce/);
      assert.match(message.message, /govReport\.detect/);
      assert.match(message.message, /govReport\.rules\.GR301/);
      assert.doesNotMatch(message.message, /GR101/, 'valid entries are not reported');
      const text = seedText(SEED_2023);
      const uri = 'file:///r/invalid-settings.report.md';
      const published = await harness.open(uri, text);
      assert.ok(!published.diagnostics.some((d) => d.code === 'GR101'), 'the valid rule setting is kept');
      // The same invalid settings again: diagnostics are republished, no second message.
      const again = harness.diagnostics.next((p) => p.uri === uri, 'diagnostics after the same settings again');
      await harness.changeSettings(harness.settings);
      await again;
      assert.equal(harness.messages.all.length, 1, 'the message is not repeated');
    } finally {
      await harness.dispose();
    }
  });
});

describe('one check per version', () => {
  it('with a debounce, quick changes are checked once, for the last version only', async () => {
    const harness = await Harness.start({ settings: { debounce: 150 } });
    try {
      const uri = 'file:///r/debounce.report.md';
      const text = seedText(SEED_2023);
      await harness.open(uri, text);
      const last = harness.diagnostics.next((p) => p.uri === uri && p.version === 4, 'diagnostics of version 4');
      for (const version of [2, 3, 4]) {
        await harness.client.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }],
        });
      }
      await last;
      const versions = harness.diagnostics.all.filter((p) => p.uri === uri).map((p) => p.version);
      assert.deepEqual(versions, [1, 4], 'versions 2 and 3 were never checked');
    } finally {
      await harness.dispose();
    }
  });

  it('a feature asked before the debounce fires gets the current version (and its diagnostics go out then)', async () => {
    const harness = await Harness.start({ settings: { debounce: 60_000 } });
    try {
      const uri = 'file:///r/early.report.md';
      const text = seedText(SEED_2023);
      await harness.open(uri, text);
      const published = harness.diagnostics.next((p) => p.uri === uri && p.version === 2, 'diagnostics of version 2');
      const heading = '一、总体情况\n';
      await harness.client.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: heading }],
      });
      const symbols = await harness.client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as { name: string }[];
      await published;
      assert.ok(Array.isArray(symbols));
    } finally {
      await harness.dispose();
    }
  });
});
