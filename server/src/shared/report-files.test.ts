import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../cli/test-support';
import { FOLDER_EXTENSIONS, isReadablePath, isReportPath, READABLE_EXTENSIONS, READABLE_GLOB, REPORT_GLOB } from './report-extensions';
import { filesMatching, reportFilesUnder, reportFilesUnderRoots } from './report-files';

function tree(t: Parameters<typeof tempDir>[0]): string {
  const dir = tempDir(t);
  for (const p of ['a/2020.txt', 'a/b/2021.txt', 'a/b/c/2022.md', 'a/.git/x.txt', 'z.txt', 'a/b/notes.doc', 'a/b/report.PDF', 'a/node_modules/m/r.md', 'a/node_modules/m/r.pdf', 'a/.git/y.docx', 'a/UPPER.TXT', '.hidden.md']) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), 'x');
  }
  symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'loop'));
  symlinkSync(join(dir, 'z.txt'), join(dir, 'a', 'link.txt'));
  return dir;
}

test('one list of report extensions: the glob and the path test agree', () => {
  assert.equal(REPORT_GLOB, '**/*.{md,markdown,txt}');
  for (const p of ['a.md', 'dir.x/b.MARKDOWN', 'c.Txt']) assert.ok(isReportPath(p), p);
  for (const p of ['a.doc', 'md', 'dir.md/x', 'a.md.bak']) assert.ok(!isReportPath(p), p);
  assert.equal(READABLE_GLOB, '**/*.{md,markdown,txt,docx,pdf,html,htm}');
  for (const p of ['a.md', 'b.PDF', 'c.docx', 'd.htm']) assert.ok(isReadablePath(p), p);
  for (const p of ['a.doc', 'pdf', 'dir.pdf/x']) assert.ok(!isReadablePath(p), p);
});

test('a folder walk: report files at any depth, sorted; hidden entries, node_modules and symbolic links left out', (t) => {
  const dir = tree(t);
  const rel = (paths: string[]) => paths.map((p) => p.slice(dir.length + 1));
  assert.deepEqual(rel(reportFilesUnder(join(dir, 'a'))), ['a/2020.txt', 'a/UPPER.TXT', 'a/b/2021.txt', 'a/b/c/2022.md']);
  // The CLI's walk collects an old Word file too: the run lists it as skipped, with what to do (save as .docx).
  assert.deepEqual(rel(reportFilesUnder(join(dir, 'a'), FOLDER_EXTENSIONS)), ['a/2020.txt', 'a/UPPER.TXT', 'a/b/2021.txt', 'a/b/c/2022.md', 'a/b/notes.doc', 'a/b/report.PDF']);
});

test('the workspace walks the same way (text reports and documents), several roots each file once, with a limit', async (t) => {
  const dir = tree(t);
  const all = await reportFilesUnderRoots([join(dir, 'a'), join(dir, 'a', 'b')], 100);
  assert.deepEqual(all, { paths: reportFilesUnder(join(dir, 'a'), READABLE_EXTENSIONS), truncated: false });
  assert.ok(all.paths.some((p) => p.endsWith('report.PDF')), 'a document is listed, its extension in any case');
  const some = await reportFilesUnderRoots([dir], 2);
  assert.equal(some.paths.length, 2);
  assert.ok(some.truncated);
  const aborted = new AbortController();
  aborted.abort();
  assert.deepEqual((await reportFilesUnderRoots([dir], 100, aborted.signal)).paths, []);
});

test('command-line globs: ** at any depth, sorted, no hidden names unless spelled, no symlinked directories', (t) => {
  const dir = tree(t);
  const rel = (paths: string[]) => paths.map((p) => p.slice(dir.length + 1));
  assert.deepEqual(rel(filesMatching(`${dir}/**/*.txt`)), ['a/2020.txt', 'a/b/2021.txt', 'z.txt']);
  assert.deepEqual(rel(filesMatching(`${dir}/a/*/202?.*`)), ['a/b/2021.txt']);
  assert.deepEqual(rel(filesMatching(`${dir}/*.md`)), []);
  assert.deepEqual(rel(filesMatching(`${dir}/.*.md`)), ['.hidden.md']);
  assert.deepEqual(rel(filesMatching(`${dir}/a/[0-9]*.{txt,md}`)), ['a/2020.txt']);
  assert.ok(rel(filesMatching(`${dir}/a/**`)).includes('a/b/notes.doc'));
});
