import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ExecuteCommandRequest, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { WorkspaceCheckResult } from '../../lsp/protocol';
import { viewUriOf } from '../../lsp/view-uri';
import { readDocument } from '../../readers';
import { code, temp, textAt, uriOf, writeFolder } from './cross-year-support';
import { Harness, REPO_ROOT } from './harness';

const FIXTURES = join(REPO_ROOT, 'test-fixtures');

/** The report text a reader makes of a fixture (what the view shows, and what positions are measured in). */
async function extracted(path: string, format: 'pdf' | 'docx'): Promise<string> {
  const read = await readDocument(readFileSync(path), format);
  assert.ok(read.ok);
  return read.document.text;
}

describe('the workspace index and check read .docx and .pdf reports', () => {
  const dir = temp();
  const pdf = join(dir, '洪泽区 2024 年报.pdf');
  const docx = join(dir, 'filled-2021-wps.docx');
  const thisYear = join(dir, 'hongze-2025.txt');
  const pdfView = viewUriOf(uriOf(pdf));
  const docxView = viewUriOf(uriOf(docx));
  let pdfText: string;
  let docxText: string;
  let harness: Harness;

  before(async () => {
    copyFileSync(join(FIXTURES, 'pdf', 'hongze-2024.pdf'), pdf);
    copyFileSync(join(FIXTURES, 'docx', 'filled-2021-wps.docx'), docx);
    pdfText = await extracted(pdf, 'pdf');
    docxText = await extracted(docx, 'docx');
    // The same agency's next report, in a text file: the PDF is its last year's report.
    writeFolder(dir, { 'hongze-2025.txt': pdfText.replace(/2024/g, '2025') });
    harness = await Harness.start({ settings: { debounce: 0 }, workspaceFolders: [uriOf(dir)] });
  });
  after(async () => {
    await harness.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a PDF serves as last year\'s report: the text report opened gets GR406, its related information in the PDF\'s view', async () => {
    const u = uriOf(thisYear);
    const text = readFileSync(thisYear, 'utf8');
    // The PDF may still be read in the background when the report opens: its diagnostics come again once it is.
    const published = harness.diagnostics.next((p) => p.uri === u && p.diagnostics.some((d) => code(d) === 'GR406'), 'GR406 on hongze-2025');
    await harness.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: u, languageId: 'plaintext', version: 1, text } });
    const repeated = (await published).diagnostics.filter((d) => code(d) === 'GR406');
    assert.ok(repeated.length > 0);
    for (const d of repeated) {
      const related = d.relatedInformation?.[0]?.location;
      assert.equal(related?.uri, pdfView, 'the related location opens the PDF\'s read-only view');
      assert.ok(textAt(pdfText, { ...d, range: related!.range }).length > 0, 'a range inside the PDF\'s extracted text');
    }
  });

  it('检查工作区中的全部年报: the .docx and the PDF are checked, their diagnostics published on their gov-report-view: documents', async () => {
    const from = harness.diagnostics.all.length;
    const result = await harness.client.sendRequest(ExecuteCommandRequest.type, { command: 'govReport.server.checkWorkspace', arguments: [] }) as WorkspaceCheckResult;
    await harness.client.sendRequest(ExecuteCommandRequest.type, { command: 'govReport.server.templateChoices', arguments: [] });
    assert.equal(result.files, 3);
    assert.equal(result.checked, 3, result.message);
    const last = (uri: string): PublishDiagnosticsParams | undefined => harness.diagnostics.all.slice(from).filter((p) => p.uri === uri).at(-1);
    const onPdf = last(pdfView)?.diagnostics ?? [];
    // The published prose-vs-table error of the real report: 受理…17件 in the text, 95 in 表三.
    const prose = onPdf.find((d) => code(d) === 'GR403');
    assert.ok(prose, 'GR403 on the PDF');
    assert.match(textAt(pdfText, prose), /17/);
    assert.ok((last(docxView)?.diagnostics ?? []).some((d) => code(d) === 'GR110' && /文字描述/.test(textAt(docxText, d))), 'GR110 on the .docx\'s placeholder');
    assert.equal(harness.diagnostics.all.slice(from).filter((p) => p.uri === uriOf(pdf) || p.uri === uriOf(docx)).length, 0, 'nothing on the binary files themselves');
  });

  it('the view opened: checked as an open document (what the check pushed is not shown twice); closed: the file\'s diagnostics again', async () => {
    const opened = await harness.open(pdfView, pdfText, 'gov-report');
    assert.ok(opened.diagnostics.some((d) => code(d) === 'GR403'));
    const republished = harness.diagnostics.next((p) => p.uri === pdfView && p.version === undefined, 'the PDF\'s view after closing');
    await harness.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: pdfView } });
    assert.deepEqual((await republished).diagnostics.map(code), opened.diagnostics.map(code));
  });
});
