import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, lastNumberOnLine, open, seedUri, waitForDiagnostics } from './helpers';

suite('hover explains the arithmetic', () => {
  test('hovering the 总计 of 本年新收 shows its equation with the numbers and ✓', async () => {
    const editor = await open(await seedUri('000'));
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length > 0); // the server has checked this version
    const total = lastNumberOnLine(doc, '本年新收政府信息公开申请数量');
    assert.equal(total.value, '77');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, total.position.translate(0, 1));
    const text = hoverText(hovers ?? []);
    // The row total: 总计 77 = 自然人 72 + 商业企业 5 + … ✓
    const line = text.split('\n').find((l) => /77\s*=/.test(l) && l.includes('72') && l.includes('5'));
    assert.ok(line, `no equation for the total 77 in the hover:\n${text}`);
    assert.match(line, /自然人/);
    assert.match(line, /✓/);
    assert.match(text, /表三/, 'the hover names the cell path');
  });

  test('hovering plain prose gives no gov-report hover', async () => {
    const editor = await open(await seedUri('000'));
    const doc = editor.document;
    let line = 0;
    while (line < doc.lineCount && !doc.lineAt(line).text.includes('以习近平新时代')) line++;
    assert.ok(line < doc.lineCount);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 10));
    assert.doesNotMatch(hoverText(hovers ?? []), /=/);
  });
});
