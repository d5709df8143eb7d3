import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, codes, openNew, seedUri, waitForDiagnostics } from './helpers';

/** Seed 000 with the table of section 三 cut out (heading kept): a report with a missing table. */
async function reportWithoutTable3(): Promise<string> {
  const text = Buffer.from(await vscode.workspace.fs.readFile(await seedUri('000'))).toString('utf8');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes('三、收到和处理政府信息公开申请情况'));
  const end = lines.findIndex((l, i) => i > start && l.includes('四、政府信息公开行政复议'));
  assert.ok(start >= 0 && end > start, 'seed 000 has sections 三 and 四');
  return [...lines.slice(0, start + 1), '', '本年度收到和处理政府信息公开申请情况如下。', '', ...lines.slice(end)].join('\n');
}

suite('quick-fix inserts the table of the format in force', () => {
  test('missing 表三 → GR105 → its quick-fix inserts the template → GR105 is gone, one undo restores the text', async () => {
    const original = await reportWithoutTable3();
    const editor = await openNew('missing-table.report.md', original);
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (d) => codes(d).includes('GR105'));
    const missing = ds.find((d) => codeOf(d) === 'GR105');
    assert.ok(missing);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, missing.range, vscode.CodeActionKind.QuickFix.value,
    );
    // The command does not carry an action's diagnostics back: know the fix by what it inserts.
    const inserts = (a: vscode.CodeAction): string =>
      (a.edit?.entries() ?? []).flatMap(([, edits]) => edits.map((e) => e.newText)).join('\n');
    const fix = (actions ?? []).find((a) => a.edit && inserts(a).includes('本年新收政府信息公开申请数量'));
    assert.ok(fix?.edit, `no quick-fix inserting 表三 at GR105; got: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');

    const after = await waitForDiagnostics(doc.uri, (d) => d.length > 0 && !codes(d).includes('GR105'));
    assert.ok(!codes(after).includes('GR105'));
    const text = doc.getText();
    // The inserted table carries the template's row labels (format in force, key '2023').
    for (const label of ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '本机关不掌握相关政府信息', '总计']) {
      assert.ok(text.includes(label), `inserted template lacks ${label}`);
    }
    // Only insertions between the heading and section 四: everything before and after is unchanged.
    const head = original.slice(0, original.indexOf('三、收到和处理政府信息公开申请情况'));
    const tail = original.slice(original.indexOf('四、政府信息公开行政复议'));
    assert.ok(text.startsWith(head) && text.endsWith(tail), 'the fix touched text outside the gap it fills');
    assert.ok(text.length > original.length);

    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'one undo restores the document exactly');
  });
});

suite('quick-fix repairs a mistyped cell', () => {
  test('seed 003 with 表三 本年新收·自然人 19 → 20: hint and preferred fix on that cell, the document balances again', async () => {
    const original = Buffer.from(await vscode.workspace.fs.readFile(await seedUri('003'))).toString('utf8');
    const lines = original.split('\n');
    const line = lines.findIndex((l, i) => i > 0 && l.trim() === '19' && lines.slice(Math.max(0, i - 4), i).some((x) => x.includes('本年新收')));
    assert.ok(line > 0, 'seed 003 prints 本年新收·自然人 19 on its own line');
    lines[line] = lines[line]!.replace('19', '20');
    const editor = await openNew('mistyped-003.report.md', lines.join('\n'));
    const doc = editor.document;
    const isSum = (d: vscode.Diagnostic): boolean => /^GR30[1-4]$/.test(codeOf(d));
    const ds = await waitForDiagnostics(doc.uri, (d) => d.some(isSum));
    const sums = ds.filter(isSum);
    assert.ok(sums.every((d) => d.range.start.line === line), `every broken sum points at the mistyped cell (line ${line + 1}): ${sums.map((d) => d.range.start.line + 1).join(', ')}`);

    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0),
    );
    const label = (h: vscode.InlayHint): string => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    const onCell = (hints ?? []).filter((h) => h.position.line === line);
    assert.ok(onCell.some((h) => /\b19\b/.test(label(h))), `the hint on the mistyped cell says 19: ${(hints ?? []).map((h) => `${h.position.line + 1}:${label(h)}`).join(' | ')}`);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, sums[0]!.range, vscode.CodeActionKind.QuickFix.value,
    );
    const preferred = (actions ?? []).filter((a) => a.isPreferred);
    assert.equal(preferred.length > 0, true, `a preferred fix; got: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    assert.match(preferred[0]!.title, /^(改为|Change to) 19$/);
    assert.ok(await vscode.workspace.applyEdit(preferred[0]!.edit!), 'the edit applies');
    await waitForDiagnostics(doc.uri, (d) => !d.some(isSum));
    assert.equal(doc.getText(), original, 'the preferred fix restored the original text exactly');
  });
});
