import * as assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { REPORT_MARK } from './index';
import {
  analyzed, cliFingerprint, codeOf, fingerprintOf, lastNumberOnLine, open, openNew, ours, seedUri, waitForDiagnostics,
} from './helpers';

/** A missing section is anchored where its heading goes: the one finding allowed to span lines. */
const SPANNING_ALLOWED = new Set(['GR102']);

const spanning = (name: string, ds: readonly vscode.Diagnostic[]): string[] =>
  ds.filter((d) => !SPANNING_ALLOWED.has(codeOf(d)) && d.range.end.line !== d.range.start.line)
    .map((d) => `${name}: ${codeOf(d)} lines ${d.range.start.line + 1}–${d.range.end.line + 1}`);

/** Opens a text as a new workspace file and returns its diagnostics once the server has checked it. */
async function checked(name: string, text: string): Promise<vscode.Diagnostic[]> {
  const editor = await openNew(name, text);
  await analyzed(editor.document.uri);
  return waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
}

/** The innermost outline entry (a table, else a section) holding a position; `preamble` before the first section. */
function placeOf(symbols: readonly vscode.DocumentSymbol[], at: vscode.Position): string {
  const holder = symbols.find((s) => s.range.contains(at));
  if (!holder) return 'preamble';
  const inner = holder.children.find((c) => c.range.contains(at));
  return (inner ?? holder).name;
}

suite('the editor as a civil servant sees it', () => {
  test('no diagnostic range spans more than one line (a missing section aside)', async function () {
    this.timeout(240_000); // ten documents opened and checked
    const found: string[] = [];
    let count = 0;
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const uri = await seedUri(prefix);
      const editor = await open(uri);
      await analyzed(uri);
      const ds = await waitForDiagnostics(uri, (d) => d.length > 0).catch(() => ours(uri));
      count += ds.length;
      found.push(...spanning(prefix, ds));
      // The same report dated 2023: each 2019-format table is outdated (GR106, once a whole table wide).
      const dated = await checked(`ranges-${prefix}-2023.txt`, editor.document.getText().replace(/20(?:19|20)(?=\s*年)/g, '2023'));
      count += dated.length;
      found.push(...spanning(`${prefix} dated 2023`, dated));
    }
    // A broken total in a tab table (GR301/GR303), once a whole row or two lines wide.
    const seed = await open(await seedUri('000'));
    const total = lastNumberOnLine(seed.document, '本年新收政府信息公开申请数量');
    const line = total.position.line;
    const text = seed.document.getText();
    const offset = seed.document.offsetAt(total.position);
    const broken = await checked('ranges-broken-total.txt', `${text.slice(0, offset)}${Number(total.value) + 1}${text.slice(offset + total.value.length)}`);
    assert.ok(broken.some((d) => /^GR30[13]$/.test(codeOf(d)) && d.range.start.line === line), 'the broken total is found on its line');
    count += broken.length;
    found.push(...spanning('broken total', broken));
    // A new report, as the command makes it.
    const made = await vscode.commands.executeCommand<{ text: string }>('govReport.server.newReport', { year: 2024, agency: '某某县人民政府办公室' });
    const fresh = await checked('ranges-new.report.md', made.text);
    count += fresh.length;
    found.push(...spanning('new report', fresh));
    console.log(`${REPORT_MARK}[check] ranges-one-line: ${found.length === 0 ? 'pass' : 'FAIL'} — ${count} diagnostics in the seeds, their 2023-dated twins, a broken total and a new report; ${found.length} span lines`);
    assert.deepEqual(found, []);
  });

  test('a new report, before anything is typed: at most one finding per table and per section', async () => {
    const made = await vscode.commands.executeCommand<{ text: string }>('govReport.server.newReport', { year: 2024, agency: '某某县人民政府办公室' });
    // As 新建政府信息公开年度报告 opens it: an untitled gov-report document.
    const doc = await vscode.workspace.openTextDocument({ language: 'gov-report', content: made.text });
    await vscode.window.showTextDocument(doc, { preview: false });
    const dir = await mkdtemp(join(tmpdir(), 'gov-report-new-'));
    try {
      // Every finding, not the first batch: the editor shows what the CLI finds in the same text.
      const onDisk = vscode.Uri.file(join(dir, 'new.report.md'));
      await writeFile(onDisk.fsPath, made.text, 'utf8');
      const expected = cliFingerprint(onDisk);
      await analyzed(doc.uri);
      const ds = await waitForDiagnostics(doc.uri, (d) => fingerprintOf(d).join() === expected.join()).catch(() => ours(doc.uri));
      assert.deepEqual(fingerprintOf(ds), expected, 'editor (actual) vs CLI (expected)');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      assert.equal(symbols.length, 6, 'the outline lists the six sections');
      assert.equal(symbols.flatMap((s) => s.children).length, 3, 'the outline lists the three tables');
      const perPlace = new Map<string, string[]>();
      for (const d of ds) {
        const place = placeOf(symbols, d.range.start);
        perPlace.set(place, [...(perPlace.get(place) ?? []), `${codeOf(d)}@${d.range.start.line + 1}`]);
      }
      const crowded = [...perPlace].filter(([, found]) => found.length > 1).map(([place, found]) => `${place}: ${found.join(', ')}`);
      const summary = [...perPlace].map(([place, found]) => `${place.slice(0, 8)} ${found.join(' ')}`).join('; ');
      console.log(`${REPORT_MARK}[check] new-report-per-place: ${crowded.length === 0 ? 'pass' : 'FAIL'} — ${ds.length} diagnostics through the VS Code API, by outline place: ${summary}`);
      assert.deepEqual(crowded, [], 'more than one finding in one table or section');
      // Grouped, not gone: each blank table still says it is to be filled.
      for (const table of symbols.flatMap((s) => s.children)) assert.ok(perPlace.has(table.name), `no finding in ${table.name}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('language defaults for reports: word wrap on, no ambiguous-Unicode boxes around ，（）', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'gov-report' });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
  });
});
