import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../readers';
import { cli, ROOT, tempDir } from './test-support';

const FIXTURES = join(ROOT, 'test-fixtures');
const HONGZE = join(FIXTURES, 'pdf', 'hongze-2024.pdf');

test('check on a PDF: findings name the page and line of the original', async () => {
  const r = await cli(['check', HONGZE]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /hongze-2024\.pdf:第1页第\d+行 {2}warning {2}GR403 /);
  assert.match(r.stderr, /已检查 1 个文件/);
});

test('check --format json: `source` next to `range`; SARIF: the place as the location message', async () => {
  const json = JSON.parse((await cli(['check', HONGZE, '--format', 'json'])).stdout) as { diagnostics: { code: string; range: unknown; source: { kind: string; page: number; line: number; text: string } }[] }[];
  const d = json[0]!.diagnostics.find((x) => x.code === 'GR403')!;
  assert.ok(d.range);
  assert.equal(d.source.kind, 'page');
  assert.equal(d.source.page, 1);
  assert.equal(d.source.text, `第1页第${d.source.line}行`);
  const sarif = JSON.parse((await cli(['check', HONGZE, '--format', 'sarif'])).stdout) as { runs: { results: { locations: { message?: { text: string }; physicalLocation: { region: { startLine: number } } }[] }[] }[] };
  const location = sarif.runs[0]!.results[0]!.locations[0]!;
  assert.match(location.message!.text, /^第\d页第\d+行$/);
  assert.ok(location.physicalLocation.region.startLine >= 1);
});

test('extract works the same for .docx, .pdf and text; a directory includes .docx and .pdf', async (t) => {
  const dir = tempDir(t);
  copyFileSync(HONGZE, join(dir, '年报.pdf'));
  copyFileSync(join(FIXTURES, 'docx', 'filled-2021-wps.docx'), join(dir, '填好的.docx'));
  const r = await cli(['extract', dir]);
  assert.equal(r.code, 0, r.stderr);
  const files = JSON.parse(r.stdout) as { file: string; cells: Record<string, number | null> }[];
  assert.deepEqual(files.map((f) => f.file.slice(dir.length + 1)).sort(), ['填好的.docx', '年报.pdf']);
  assert.equal(files.find((f) => f.file.endsWith('.pdf'))!.cells['s3.new.total'], 95);
  assert.equal(files.find((f) => f.file.endsWith('.docx'))!.cells['s3.new.total'], 19);
});

test('old Office and WPS binaries: exit 2 with what to do when named, skipped in a directory', async (t) => {
  const dir = tempDir(t);
  for (const name of ['a.doc', 'b.wps', 'c.et', 'd.xls']) writeFileSync(join(dir, name), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]));
  for (const name of ['a.doc', 'b.wps', 'c.et', 'd.xls']) {
    const r = await cli(['check', join(dir, name)]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.split('\n').filter((l) => l.includes('请另存为 .docx 后再检查')).length, 1, r.stderr);
  }
  copyFileSync(HONGZE, join(dir, 'r.pdf'));
  const r = await cli(['check', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /注意：.*a\.doc.*请另存为 \.docx/);
});

test('a scanned PDF (no text layer): exit 2 and says OCR is not supported, never "0 findings"', async (t) => {
  const dir = tempDir(t);
  const { pdfWithContent } = await import('../readers/test-support');
  writeFileSync(join(dir, 'scan.pdf'), pdfWithContent('0 0 0 rg 10 10 200 300 re f'));
  const r = await cli(['check', join(dir, 'scan.pdf'), '--locale', 'en']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /scan\.pdf: no text layer; OCR is not supported/);
  const zh = await cli(['check', join(dir, 'scan.pdf')]);
  assert.match(zh.stderr, /没有文字层.*不支持 OCR/);
});

test('a PDF serves as last year\'s report: the next year\'s text report is checked against it (GR406)', async (t) => {
  const dir = tempDir(t);
  const pdf = join(dir, 'hongze-2024.pdf');
  copyFileSync(HONGZE, pdf);
  const text = (await readDocument(readFileSync(pdf), 'pdf'));
  assert.ok(text.ok);
  writeFileSync(join(dir, 'hongze-2025.txt'), text.document.text.replace(/2024/g, '2025'));
  const r = await cli(['check', dir]);
  assert.match(r.stdout, /hongze-2025\.txt:\d+:\d+ {2}warning {2}GR406 /);
  // JSON: the related location in last year's PDF names its page and line there, as findings in a document do.
  const json = JSON.parse((await cli(['check', dir, '--format', 'json'])).stdout) as { file: string; diagnostics: { code: string; related?: { file?: string; source?: { text: string } }[] }[] }[];
  const repeated = json.find((f) => f.file.endsWith('hongze-2025.txt'))!.diagnostics.find((d) => d.code === 'GR406')!;
  assert.equal(repeated.related?.[0]?.file, pdf);
  assert.match(repeated.related?.[0]?.source?.text ?? '', /^第\d页第\d+行$/);
});
