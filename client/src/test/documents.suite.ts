import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codes, waitForDiagnostics, workspaceRoot } from './helpers';

suite('.docx/.pdf/.html reports', () => {
  test('检查此年报文件 on the published PDF: a read-only view of its report, with the prose-vs-table finding (GR403)', async () => {
    const pdf = vscode.Uri.joinPath(workspaceRoot(), 'hongze-2024.pdf');
    await vscode.commands.executeCommand('govReport.checkFile', pdf);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'the view is shown');
    const doc = editor.document;
    assert.equal(doc.uri.scheme, 'gov-report-view');
    assert.equal(doc.languageId, 'gov-report');
    assert.match(doc.getText(), /^淮安市洪泽区人民政府$/m);
    const ds = await waitForDiagnostics(doc.uri, (d) => codes(d).includes('GR403'), 60_000);
    const gr403 = ds.find((d) => codes([d])[0] === 'GR403')!;
    assert.match(doc.lineAt(gr403.range.start.line).text, /受理政府信息公开申请 17 件/);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok((symbols ?? []).length >= 6, 'the outline lists the six sections');
  });

  test('转为可编辑的 Markdown 年报 writes <name>.report.md beside the PDF and opens it', async () => {
    const pdf = vscode.Uri.joinPath(workspaceRoot(), 'hongze-2024.pdf');
    const target = vscode.Uri.joinPath(workspaceRoot(), 'hongze-2024.report.md');
    try {
      await vscode.commands.executeCommand('govReport.convertToMarkdown', pdf);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(text, /^\| 一、本年新收政府信息公开申请数量 \|/m);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString());
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });
});
