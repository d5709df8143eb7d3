import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource, DidChangeWatchedFilesNotification, DidChangeWorkspaceFoldersNotification, DidCloseTextDocumentNotification,
  ExecuteCommandRequest, FileChangeType, WorkDoneProgress, type Diagnostic, type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { encodeGbk } from '../../cli/test-support';
import { lineStartsOf, positionToOffset } from '../../core/positions';
import type { WorkspaceCheckResult } from '../../lsp/protocol';
import { cellOf, rangeOf, replaceSpan } from './fixtures';
import { Harness, REPO_ROOT, seedText } from './harness';

const FIXTURES = join(REPO_ROOT, 'test-fixtures', 'cross-year');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

interface ExpectedFinding { readonly code: string; readonly text?: string }
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  scope: string[];
  findings: Record<string, ExpectedFinding[]>;
};
const FIXTURE_NAMES = Object.keys(EXPECTED.findings);

const temp = (): string => mkdtempSync(join(tmpdir(), 'gov-report-ws-'));
const uriOf = (path: string): string => pathToFileURL(path).toString();

type Encoding = 'gbk' | 'utf-16le';
const encode = (text: string, encoding: Encoding | undefined): string | Uint8Array =>
  encoding === 'gbk' ? encodeGbk(text) : encoding === 'utf-16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : text;

/** Writes files under a folder: UTF-8, or the encoding named for them. */
function writeFolder(dir: string, files: Record<string, string>, encodings: Record<string, Encoding> = {}): void {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, encode(text, encodings[name]));
  }
}

/** Rewrites a file with a modification time clearly later than before (a stamp change even on coarse clocks). */
function rewrite(path: string, bytes: string | Uint8Array): void {
  writeFileSync(path, bytes);
  const later = new Date(Date.now() + 5_000);
  utimesSync(path, later, later);
}

const textAt = (text: string, d: Diagnostic): string => {
  const lines = lineStartsOf(text);
  return text.slice(positionToOffset(lines, d.range.start, text), positionToOffset(lines, d.range.end, text));
};

const code = (d: Diagnostic): string => String(d.code);
const gr404 = (p: PublishDiagnosticsParams): Diagnostic[] => p.diagnostics.filter((d) => code(d) === 'GR404');

/** The cross-report findings of one file as expected.json states them: codes, and the flagged text where given. */
function assertScope(name: string, text: string, diagnostics: readonly Diagnostic[]): void {
  const inScope = diagnostics.filter((d) => EXPECTED.scope.includes(code(d)));
  const expected = EXPECTED.findings[name] ?? [];
  assert.deepEqual(inScope.map(code).sort(), expected.map((f) => f.code).sort(), `${name}: the cross-report findings of expected.json`);
  for (const f of expected) {
    if (f.text === undefined) continue;
    assert.ok(inScope.some((d) => code(d) === f.code && textAt(text, d) === f.text), `${name}: ${f.code} on the text ${f.text}`);
  }
}

/** Sets the 表三 四、结转下年度继续办理 cells of last year's report (natural person and total). */
function withCarriedForward(text: string, natural: string, total: string): string {
  const cells = [cellOf(text, 's3.carry_over.total'), cellOf(text, 's3.carry_over.natural')].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const cell of cells) out = replaceSpan(out, cell.span, cell.key.endsWith('total') ? total : natural).text;
  return out;
}

describe('cross-year checks in the editor: last year\'s report found in the workspace', () => {
  const dir = temp();
  const path19 = join(dir, 'laishan-2019.txt');
  const uri19 = uriOf(path19);
  const path20 = join(dir, 'laishan-2020.txt');
  const uri20 = uriOf(path20);
  const text19 = fixture('laishan-2019.txt');
  const text20 = fixture('laishan-2020.txt');
  let harness: Harness;

  before(async () => {
    // Last year's report saved in GBK, as on a Chinese Windows machine: it must be decoded to be found.
    writeFolder(dir, Object.fromEntries(FIXTURE_NAMES.map((n) => [n, fixture(n)])), { 'laishan-2019.txt': 'gbk' });
    harness = await Harness.start({ settings: { debounce: 0 }, workspaceFolders: [uriOf(dir)] });
  });
  after(async () => {
    await harness.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the server asks the client to watch the workspace\'s report files', () => {
    const watch = harness.registrations.all.find((r) => r.method === DidChangeWatchedFilesNotification.method);
    assert.ok(watch, 'a didChangeWatchedFiles registration');
    assert.deepEqual((watch.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern), ['**/*.{md,markdown,txt}']);
  });

  it('opening this year\'s report: GR404 on 上年结转, its related information in last year\'s file (not open, GBK on disk)', async () => {
    const published = harness.diagnostics.next((p) => p.uri === uri20 && gr404(p).length === 2, 'GR404 on laishan-2020');
    await harness.open(uri20, text20, 'plaintext');
    const { diagnostics } = await published;
    assertScope('laishan-2020.txt', text20, diagnostics);
    const keys = ['s3.carry_over.natural', 's3.carry_over.total'];
    for (const [i, d] of gr404({ uri: uri20, diagnostics }).entries()) {
      const related = d.relatedInformation ?? [];
      assert.equal(related.length, 1);
      assert.equal(related[0]!.location.uri, uri19, 'related information points into last year\'s file');
      assert.deepEqual(related[0]!.location.range, rangeOf(text19, cellOf(text19, keys[i]!).span), 'at last year\'s 结转下年度继续办理 cell');
    }
  });

  it('last year\'s file changed on disk (didChangeWatchedFiles) → this year\'s diagnostics refresh', async () => {
    const refreshed = harness.diagnostics.next((p) => p.uri === uri20 && gr404(p).length === 0, 'laishan-2020 without GR404');
    rewrite(path19, encodeGbk(withCarriedForward(text19, '2', '2')));
    await harness.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri19, type: FileChangeType.Changed }] });
    const { diagnostics, version } = await refreshed;
    assert.equal(version, 1, 'this year\'s document did not change, its diagnostics did');
    assert.ok(diagnostics.length > 0);
  });

  it('last year\'s report open and edited → this year\'s refresh, related information in the open document; closed → the file on disk again', async () => {
    const onDisk = withCarriedForward(text19, '2', '2');
    await harness.open(uri19, onDisk, 'plaintext');
    const cell = cellOf(onDisk, 's3.carry_over.natural');
    const edited = replaceSpan(onDisk, cell.span, '0');
    const refreshed = harness.diagnostics.next((p) => p.uri === uri20 && gr404(p).length === 1, 'GR404 on the natural-person column');
    await harness.change(uri19, 2, [edited.change]);
    const [d] = gr404(await refreshed);
    assert.equal(textAt(text20, d!), '2');
    assert.equal(d!.relatedInformation?.[0]?.location.uri, uri19);
    assert.deepEqual(d!.relatedInformation?.[0]?.location.range, rangeOf(edited.text, cellOf(edited.text, 's3.carry_over.natural').span));

    const closed = harness.diagnostics.next((p) => p.uri === uri20 && gr404(p).length === 0, 'laishan-2020 against the file on disk');
    await harness.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uri19 } });
    await closed;
  });
});

describe('a second workspace folder added later is indexed too', () => {
  it('this year\'s report in one folder, last year\'s in the folder added: GR404 appears', async () => {
    const [a, b] = [temp(), temp()];
    writeFolder(a, { 'laishan-2020.txt': fixture('laishan-2020.txt') });
    writeFolder(b, { 'laishan-2019.txt': fixture('laishan-2019.txt') });
    const harness = await Harness.start({ settings: { debounce: 0 }, workspaceFolders: [uriOf(a)] });
    try {
      const uri20 = uriOf(join(a, 'laishan-2020.txt'));
      const first = await harness.open(uri20, fixture('laishan-2020.txt'), 'plaintext');
      assert.equal(gr404(first).length, 0, 'no last year\'s report in the workspace yet');
      const linked = harness.diagnostics.next((p) => p.uri === uri20 && gr404(p).length === 2, 'GR404 once the folder is added');
      await harness.client.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [{ uri: uriOf(b), name: 'b' }], removed: [] } });
      const [d] = gr404(await linked);
      assert.equal(d!.relatedInformation?.[0]?.location.uri, uriOf(join(b, 'laishan-2019.txt')));
    } finally {
      await harness.dispose();
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});

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
