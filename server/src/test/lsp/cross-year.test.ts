import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DidChangeWatchedFilesNotification, DidChangeWorkspaceFoldersNotification, DidCloseTextDocumentNotification, FileChangeType } from 'vscode-languageserver/node';
import { encodeGbk } from '../../cli/test-support';
import { cellOf, rangeOf, replaceSpan } from './fixtures';
import { Harness } from './harness';
import { assertScope, fixture, FIXTURE_NAMES, gr404, rewrite, temp, textAt, uriOf, withCarriedForward, writeFolder } from './cross-year-support';

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
    assert.deepEqual((watch.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern), ['**/*.{md,markdown,txt,docx,pdf,html,htm}']);
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
