import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, ExecuteCommandRequest, FileChangeType,
  WorkDoneProgress, type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import type { WorkspaceCheckResult } from '../../lsp/protocol';
import { Harness, seedText } from './harness';
import { assertScope, code, fixture, FIXTURE_NAMES, gr404, rewrite, temp, uriOf, withCarriedForward, writeFolder } from './cross-year-support';

const checkWorkspace = (harness: Harness, workDoneToken?: string, token?: CancellationTokenSource['token']): Promise<WorkspaceCheckResult> =>
  harness.client.sendRequest(ExecuteCommandRequest.type, { command: 'govReport.server.checkWorkspace', arguments: [], ...(workDoneToken ? { workDoneToken } : {}) }, token) as Promise<WorkspaceCheckResult>;

/** A request answered after everything the server sent before it. */
const roundTrip = (harness: Harness): Promise<unknown> =>
  harness.client.sendRequest(ExecuteCommandRequest.type, { command: 'govReport.server.templateChoices', arguments: [] });

describe('检查工作区中的全部年报 over two workspace folders', () => {
  const [a, b] = [temp(), temp()];
  const place: Record<string, string> = {
    'laishan-2019.txt': b, 'weihai-2020.txt': b,
    'laishan-2020.txt': a, 'laishan-2021.txt': a, 'zibo-2020.txt': a,
  };
  const uri = (name: string): string => uriOf(join(place[name]!, name));
  let harness: Harness;

  before(async () => {
    writeFolder(a, {
      'laishan-2020.txt': fixture('laishan-2020.txt'), 'laishan-2021.txt': fixture('laishan-2021.txt'), 'zibo-2020.txt': fixture('zibo-2020.txt'),
      'README.md': '# 说明\n\n本文件夹存放各单位的年度报告。\n', 'notes/todo.txt': 'call back on Monday\n',
    });
    writeFolder(b, { 'laishan-2019.txt': fixture('laishan-2019.txt'), 'weihai-2020.txt': fixture('weihai-2020.txt') }, { 'laishan-2019.txt': 'gbk', 'weihai-2020.txt': 'utf-16le' });
    harness = await Harness.start({ settings: { debounce: 0 }, workspaceFolders: [uriOf(a), uriOf(b)] });
  });
  after(async () => {
    await harness.dispose();
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  });

  it('checks every report of both folders, open or not, publishes them with the cross-year findings, shows progress', async () => {
    await harness.open(uri('zibo-2020.txt'), fixture('zibo-2020.txt'), 'plaintext');
    const from = harness.diagnostics.all.length;
    const progressFrom = harness.progress.all.length;
    const result = await checkWorkspace(harness);
    await roundTrip(harness);

    assert.equal(result.files, 7);
    assert.equal(result.checked, 5, result.message);
    assert.equal(result.skipped, 2, 'README.md and notes/todo.txt are not reports');
    assert.equal(result.cancelled, false);
    assert.match(result.message, /已检查 5 份年报（跳过 2 个非年报文件）/);

    const published = harness.diagnostics.all.slice(from);
    const last = (name: string): PublishDiagnosticsParams | undefined => published.filter((p) => p.uri === uri(name)).at(-1);
    for (const name of FIXTURE_NAMES) {
      if (name === 'zibo-2020.txt') continue;
      const p = last(name);
      assert.ok(p, `${name} (not open) has its diagnostics published`);
      assertScope(name, fixture(name), p.diagnostics);
    }
    assert.equal(published.filter((p) => p.uri === uri('zibo-2020.txt')).length, 0, 'the open document was already published: not again');
    assert.equal(published.filter((p) => /README|todo/.test(p.uri)).length, 0, 'nothing published for files that are not reports');
    assert.equal(gr404(last('laishan-2020.txt')!)[0]?.relatedInformation?.[0]?.location.uri, uri('laishan-2019.txt'), 'last year\'s report in the other folder');
    assert.ok(last('laishan-2021.txt')!.diagnostics.some((d) => code(d) === 'GR406' && d.relatedInformation?.[0]?.location.uri === uri('laishan-2020.txt')));

    const events = harness.progress.all.slice(progressFrom);
    assert.equal(events[0]?.value.kind, 'begin');
    assert.equal((events[0]?.value as { cancellable?: boolean }).cancellable, true);
    assert.equal(events.at(-1)?.value.kind, 'end');
    const percentages = events.flatMap((e) => (e.value.kind === 'report' && e.value.percentage !== undefined ? [e.value.percentage] : []));
    assert.ok(percentages.length > 0 && percentages.every((p, i) => i === 0 || p >= percentages[i - 1]!), `percentages rise: ${percentages.join(' ')}`);
    assert.equal(percentages.at(-1), 100);
  });

  it('a file published by the check keeps its diagnostics when opened and closed; deleted, they are cleared', async () => {
    const u = uri('weihai-2020.txt');
    await harness.open(u, fixture('weihai-2020.txt'), 'plaintext');
    const republished = harness.diagnostics.next((p) => p.uri === u, 'weihai-2020 after closing');
    await harness.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: u } });
    assertScope('weihai-2020.txt', fixture('weihai-2020.txt'), (await republished).diagnostics);

    const cleared = harness.diagnostics.next((p) => p.uri === u && p.diagnostics.length === 0, 'weihai-2020 cleared');
    rmSync(join(b, 'weihai-2020.txt'));
    await harness.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: u, type: FileChangeType.Deleted }] });
    await cleared;
  });

  it('last year\'s file changed on disk → the published diagnostics of this year\'s (not open) refresh', async () => {
    const u20 = uri('laishan-2020.txt');
    const refreshed = harness.diagnostics.next((p) => p.uri === u20 && gr404(p).length === 0, 'laishan-2020 without GR404');
    rewrite(join(b, 'laishan-2019.txt'), withCarriedForward(fixture('laishan-2019.txt'), '2', '2'));
    await harness.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('laishan-2019.txt'), type: FileChangeType.Changed }] });
    await refreshed;
  });
});

describe('检查工作区中的全部年报 stops when cancelled', () => {
  const dir = temp();
  const FILES = 150;
  let harness: Harness;

  before(async () => {
    const texts = [seedText('003_d85cf6fc72a9984b.txt'), seedText('000_a0b6767ae323edb5.txt'), fixture('weihai-2020.txt')];
    writeFolder(dir, Object.fromEntries(Array.from({ length: FILES }, (_, i) => [`r${String(i).padStart(3, '0')}.txt`, texts[i % texts.length]!])));
    harness = await Harness.start({ settings: { debounce: 0 }, workspaceFolders: [uriOf(dir)] });
  });
  after(async () => {
    await harness.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const publishedIn = (from: number): number => harness.diagnostics.all.slice(from).filter((p) => p.uri.startsWith(uriOf(dir))).length;

  it('the progress the server created, cancelled (window/workDoneProgress/cancel): the run stops, fewer files are checked', async () => {
    const from = harness.diagnostics.all.length;
    const reported = harness.progress.next((e) => e.value.kind === 'report', 'a progress report');
    const running = checkWorkspace(harness);
    const { token } = await reported;
    await harness.client.sendNotification('window/workDoneProgress/cancel', { token });
    const result = await running;
    await roundTrip(harness);
    assert.equal(result.cancelled, true);
    assert.equal(result.files, FILES);
    assert.ok(result.checked + result.skipped < FILES, `stopped early (${result.checked} of ${FILES} checked)`);
    assert.match(result.message, /已取消/);
    assert.equal(publishedIn(from), result.checked, 'nothing published after the run stopped');
    assert.equal(harness.progress.all.filter((e) => e.token === token).at(-1)?.value.kind, 'end');
  });

  it('a client-side progress (workDoneToken), the request cancelled: the run stops', async () => {
    const from = harness.diagnostics.all.length;
    const source = new CancellationTokenSource();
    const token = 'client-progress-1';
    const values: string[] = [];
    const listening = harness.client.onProgress(WorkDoneProgress.type, token, (value) => {
      values.push(value.kind);
      if (value.kind === 'report') source.cancel();
    });
    try {
      const outcome = await checkWorkspace(harness, token, source.token).then((r) => r, (e: unknown) => (e instanceof Error ? e : new Error(String(e))));
      await roundTrip(harness);
      if (outcome instanceof Error) assert.match(outcome.message, /cancel/i);
      else assert.equal(outcome.cancelled, true);
      assert.ok(publishedIn(from) < FILES, `stopped early (${publishedIn(from)} of ${FILES} published)`);
      assert.equal(values[0], 'begin');
      assert.equal(values.at(-1), 'end');
    } finally {
      listening.dispose();
    }
  });
});
