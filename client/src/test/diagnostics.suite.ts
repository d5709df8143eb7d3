import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyzed, cliFingerprint, codeOf, codes, fingerprintOf, lastNumberOnLine, open, ours, seedUri, waitForDiagnostics } from './helpers';

/** The 0-based line of the first line matching `pattern`. */
function lineOf(doc: vscode.TextDocument, pattern: RegExp): number {
  for (let i = 0; i < doc.lineCount; i++) if (pattern.test(doc.lineAt(i).text)) return i;
  throw new Error(`no line matches ${pattern}`);
}

suite('diagnostics on the seed reports', () => {
  test('seed 000: the blank 行政复议 cells of 表四 are one GR201 finding (their row), inside section 四', async () => {
    const editor = await open(await seedUri('000'));
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (d) => codes(d).includes('GR201'));
    const start = lineOf(doc, /四、政府信息公开行政复议/);
    const end = lineOf(doc, /五、存在的主要问题/);
    const blanks = ds.filter((d) => codeOf(d) === 'GR201');
    assert.equal(blanks.length, 1, `expected one finding for the five blank 行政复议 cells, got ${blanks.length}`);
    assert.equal(blanks[0]!.relatedInformation?.length, 5, 'the five cells in related information');
    for (const d of blanks) {
      assert.ok(d.range.start.line > start && d.range.start.line < end, `GR201 at line ${d.range.start.line + 1} is outside 表四`);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    }
  });

  test('seed 001: the heading numbered 2、 is a GR104 finding on that line', async () => {
    const editor = await open(await seedUri('001'));
    const doc = editor.document;
    const ds = await waitForDiagnostics(doc.uri, (d) => codes(d).includes('GR104'));
    const line = lineOf(doc, /^\s*2、\s*主动公开政府信息情况/);
    const found = ds.filter((d) => codeOf(d) === 'GR104');
    assert.ok(found.some((d) => d.range.start.line === line), `no GR104 on line ${line + 1}: ${found.map((d) => d.range.start.line + 1).join(', ')}`);
  });

  test('a diagnostic carries code, a docs link and the source', async () => {
    const uri = await seedUri('000');
    const [d] = (await waitForDiagnostics(uri, (x) => x.length > 0)).filter((x) => codeOf(x) === 'GR201');
    assert.ok(d, 'no GR201');
    assert.equal(d.source, 'gov-report');
    assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, 'the code links to the rule docs (codeDescription)');
    assert.match((d.code as { target: vscode.Uri }).target.toString(), /GR201/);
  });

  test('every seed: the editor shows exactly what the CLI finds, and no arithmetic finding (the seeds balance)', async () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const uri = await seedUri(prefix);
      const expected = cliFingerprint(uri);
      assert.deepEqual(expected.filter((f) => /^GR30[1-4]@/.test(f)), [], `seed ${prefix}: the CLI reports arithmetic on a balanced seed`);
      await open(uri);
      await analyzed(uri);
      const ds = await waitForDiagnostics(uri, (d) => fingerprintOf(d).join() === expected.join()).catch(() => ours(uri));
      assert.deepEqual(fingerprintOf(ds), expected, `seed ${prefix}: editor (actual) vs CLI (expected)`);
    }
  });

  test('changing a total unbalances the table: an arithmetic error appears on that line, undo clears it', async () => {
    const editor = await open(await seedUri('000'));
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length > 0);
    const total = lastNumberOnLine(doc, '本年新收政府信息公开申请数量');
    const line = total.position.line;
    const range = new vscode.Range(total.position, total.position.translate(0, total.value.length));
    assert.ok(await editor.edit((e) => e.replace(range, String(Number(total.value) + 1))));
    const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => /^GR30[1-4]$/.test(codeOf(x))));
    const arithmetic = ds.filter((d) => /^GR30[1-4]$/.test(codeOf(d)));
    assert.ok(arithmetic.some((d) => d.range.start.line === line), `no arithmetic finding on line ${line + 1}`);
    assert.equal(arithmetic[0]?.severity, vscode.DiagnosticSeverity.Error);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(doc.uri, (d) => d.length > 0 && !d.some((x) => /^GR30[1-4]$/.test(codeOf(x))));
    assert.equal(doc.isDirty, false, 'undo restores the saved text');
  });
});
