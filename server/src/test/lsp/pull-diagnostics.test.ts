import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest, ExecuteCommandRequest, FileChangeType,
  type ClientCapabilities, type Diagnostic, type DocumentDiagnosticReport, type FullDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { WorkspaceCheckResult } from '../../lsp/protocol';
import { cellOf, replaceSpan } from './fixtures';
import { CLIENT_CAPABILITIES, Harness, REPO_ROOT } from './harness';

const FIXTURES = join(REPO_ROOT, 'test-fixtures', 'cross-year');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const uriOf = (path: string): string => pathToFileURL(path).toString();

/** A client that pulls diagnostics (as VS Code's does). */
const PULL_CAPABILITIES: ClientCapabilities = {
  ...CLIENT_CAPABILITIES,
  workspace: { ...CLIENT_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...CLIENT_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

const gr404 = (items: readonly Diagnostic[]): Diagnostic[] => items.filter((d) => d.code === 'GR404');

function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport {
  assert.equal(report.kind, 'full', 'a full report');
  return report as FullDocumentDiagnosticReport;
}

describe('pull diagnostics (textDocument/diagnostic) for a client that supports them, push for files not open', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-pull-'));
  const names = ['laishan-2019.txt', 'laishan-2020.txt', 'weihai-2020.txt'];
  const uri = (name: string): string => uriOf(join(dir, name));
  const text20 = fixture('laishan-2020.txt');
  let harness: Harness;
  let resultId: string | undefined;

  const pull = (u: string, previousResultId?: string): Promise<DocumentDiagnosticReport> =>
    harness.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: u }, ...(previousResultId ? { previousResultId } : {}) });
  const roundTrip = (): Promise<unknown> =>
    harness.client.sendRequest(ExecuteCommandRequest.type, { command: 'govReport.server.templateChoices', arguments: [] });

  before(async () => {
    for (const name of names) writeFileSync(join(dir, name), fixture(name));
    harness = await Harness.start({ settings: { debounce: 0 }, capabilities: PULL_CAPABILITIES, workspaceFolders: [uriOf(dir)] });
  });
  after(async () => {
    await harness.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('declares a diagnostic provider', () => {
    assert.deepEqual(harness.initializeResult.capabilities.diagnosticProvider, { identifier: 'gov-report', interFileDependencies: false, workspaceDiagnostics: false });
  });

  it('the workspace check pushes the files that are not open', async () => {
    const result = await harness.client.sendRequest(ExecuteCommandRequest.type, { command: 'govReport.server.checkWorkspace', arguments: [] }) as WorkspaceCheckResult;
    assert.equal(result.checked, 3);
    await roundTrip();
    for (const name of names) assert.ok(harness.diagnostics.all.some((p) => p.uri === uri(name)), `${name} pushed`);
  });

  it('an open document is pulled, with GR404 against last year\'s file; what was pushed for it is cleared; a second pull is "unchanged"', async () => {
    const cleared = harness.diagnostics.next((p) => p.uri === uri('laishan-2020.txt'), 'the push for laishan-2020 cleared');
    await harness.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri('laishan-2020.txt'), languageId: 'plaintext', version: 1, text: text20 } });
    assert.deepEqual((await cleared).diagnostics, [], 'no double reporting: the pushed diagnostics give way to the pulled');
    const report = full(await pull(uri('laishan-2020.txt')));
    assert.equal(gr404(report.items).length, 2);
    assert.equal(gr404(report.items)[0]?.relatedInformation?.[0]?.location.uri, uri('laishan-2019.txt'));
    assert.ok(report.resultId);
    resultId = report.resultId;
    assert.deepEqual(await pull(uri('laishan-2020.txt'), resultId), { kind: 'unchanged', resultId });
    await roundTrip();
    assert.equal(harness.diagnostics.all.filter((p) => p.uri === uri('laishan-2020.txt') && p.diagnostics.length > 0).length, 1, 'only the workspace check\'s push, before it was opened');
  });

  it('last year\'s file changes on disk → workspace/diagnostic/refresh → the pull shows the change', async () => {
    const refreshed = harness.diagnosticRefreshes.next(() => true, 'workspace/diagnostic/refresh');
    const text19 = fixture('laishan-2019.txt');
    let changed = text19;
    for (const key of ['s3.carry_over.total', 's3.carry_over.natural']) changed = replaceSpan(changed, cellOf(changed, key).span, '2').text;
    writeFileSync(join(dir, 'laishan-2019.txt'), changed);
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'laishan-2019.txt'), later, later);
    await harness.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('laishan-2019.txt'), type: FileChangeType.Changed }] });
    await refreshed;
    const report = full(await pull(uri('laishan-2020.txt'), resultId));
    assert.equal(gr404(report.items).length, 0);
    assert.notEqual(report.resultId, resultId);
  });

  it('a pull during the debounce gets the last version, checked once', async () => {
    const rechecked = harness.diagnosticRefreshes.next(() => true, 'the refresh after the settings change');
    await harness.changeSettings({ debounce: 100 });
    await rechecked;
    const u = uri('laishan-2020.txt');
    const checksBefore = harness.status.all.filter((s) => s.uri === u).length;
    const heading = '一、总体情况\n';
    for (const version of [2, 3]) {
      await harness.client.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: u, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: version === 2 ? ' ' : heading }],
      });
    }
    const report = full(await pull(u));
    assert.ok(report.items.length > 0);
    assert.equal(harness.status.all.filter((s) => s.uri === u).length - checksBefore, 1, 'one check, for version 3 (each check sends its status)');
  });

  it('closing the document: its diagnostics are pushed again from the file on disk', async () => {
    const pushed = harness.diagnostics.next((p) => p.uri === uri('laishan-2020.txt') && p.diagnostics.length > 0, 'laishan-2020 pushed again');
    await harness.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri('laishan-2020.txt') } });
    await pushed;
  });
});
