import assert from 'node:assert/strict';
import { closeSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeBytes } from '../shared/decode';
import { readReport } from '../shared/read-file';
import { cli, encodeGbk, SEEDS, seedText, tempDir } from './test-support';

test('decoding: BOMs decide and are dropped; NUL means binary; invalid UTF-8 is read as GB18030', () => {
  const text = '2020年政府信息公开工作年度报告\r\n';
  const utf8 = Buffer.from(text, 'utf8');
  assert.deepEqual(decodeBytes(utf8), { text, encoding: 'utf-8' });
  assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])), { text, encoding: 'utf-8-bom' });
  assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), { text, encoding: 'utf-16le' });
  const be = Buffer.from(text, 'utf16le').swap16();
  assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { text, encoding: 'utf-16be' });
  assert.deepEqual(decodeBytes(Buffer.from('abc\0def')), { binary: true });
  // 政府信息 in GBK, by its known code points (not through the test's encoder).
  assert.deepEqual(decodeBytes(Uint8Array.of(0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2)), { text: '政府信息', encoding: 'gb18030' });
  assert.deepEqual(decodeBytes(encodeGbk(text)), { text, encoding: 'gb18030' });
  const lossy = decodeBytes(Uint8Array.of(0x41, 0xff, 0xff, 0x42));
  assert.ok('text' in lossy && lossy.encoding === 'utf-8-lossy' && lossy.text.startsWith('A') && lossy.text.endsWith('B'));
  assert.deepEqual(decodeBytes(new Uint8Array()), { text: '', encoding: 'utf-8' });
});

test('a GBK-encoded report is checked like its UTF-8 original, and the CLI says which encoding it assumed', async (t) => {
  const dir = tempDir(t);
  const text = seedText(SEEDS[2]!);
  writeFileSync(join(dir, 'utf8.txt'), text);
  writeFileSync(join(dir, 'gbk.txt'), encodeGbk(text));
  const strip = (json: string) => (JSON.parse(json) as { file: string; encoding: string; diagnostics: unknown[] }[]);
  const [u, g] = strip((await cli(['check', join(dir, 'utf8.txt'), join(dir, 'gbk.txt'), '--format', 'json'])).stdout);
  assert.equal(u!.encoding, 'utf-8');
  assert.equal(g!.encoding, 'gb18030');
  assert.deepEqual(g!.diagnostics, u!.diagnostics);
  const textRun = await cli(['check', join(dir, 'gbk.txt')]);
  assert.match(textRun.stderr, /gbk\.txt 按 GB18030\/GBK 解码/);
  const extracted = JSON.parse((await cli(['extract', join(dir, 'utf8.txt'), join(dir, 'gbk.txt')])).stdout) as { cells: unknown }[];
  assert.deepEqual(extracted[1]!.cells, extracted[0]!.cells);
});

test('size limit: a file above --max-size is refused with one line and exit 2, without reading it', async (t) => {
  const dir = tempDir(t);
  const big = join(dir, 'big.txt');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 100 * 1024 * 1024); // sparse: 100 MB that take no disk
  closeSync(fd);
  const run = await cli(['check', big]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /文件过大（100\.0 MB，上限 20\.0 MB/);
  assert.equal(run.stderr.trim().split('\n').filter((l) => l.includes('big.txt')).length, 1);
  const small = join(dir, 'small.txt');
  writeFileSync(small, seedText(SEEDS[0]!));
  const limited = await cli(['check', small, '--max-size', '1KB', '--locale', 'en']);
  assert.equal(limited.code, 2);
  assert.match(limited.stderr, /file too large \(.* KB, limit 1\.0 KB; see --max-size\)/);
  assert.deepEqual(readReport(small, 1024).kind, 'error');
  assert.equal(readReport(small, 1024 * 1024).kind, 'text');
  // A device that never ends stops at the limit too.
  const endless = readReport('/dev/zero', 4096);
  assert.ok(endless.kind === 'error' && endless.failure === 'too-large');
});

test('unreadable and odd paths: missing file, directory passed to explain, binary file named explicitly', async (t) => {
  const dir = tempDir(t);
  const missing = await cli(['extract', join(dir, 'missing.md')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /无法读取 .*missing\.md：文件或目录不存在/);
  assert.doesNotMatch(missing.stderr, /at .*\.js:\d+/);
  const explainDir = await cli(['explain', dir, '1:1']);
  assert.equal(explainDir.code, 2);
  const bin = join(dir, 'x.md');
  writeFileSync(bin, Buffer.from([1, 2, 0, 3]));
  const binary = await cli(['check', bin]);
  assert.equal(binary.code, 0);
  assert.match(binary.stderr, /二进制文件，已跳过/);
});

test('many skipped files: twenty notes, then a count', async (t) => {
  const dir = tempDir(t);
  for (let i = 0; i < 25; i++) writeFileSync(join(dir, `note-${String(i).padStart(2, '0')}.txt`), `note ${i}\n`);
  const run = await cli(['check', dir, '--locale', 'en']);
  assert.equal(run.code, 0);
  assert.equal(run.stderr.split('\n').filter((l) => l.includes('does not look like a report')).length, 20);
  assert.match(run.stderr, /5 more file\(s\) skipped/);
});
