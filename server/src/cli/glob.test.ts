import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { expandGlob, segmentRegExp } from './glob';
import { filesUnder } from './inputs';
import { tempDir } from './test-support';

test('segment patterns: *, ?, classes, no leading dot, literal regex characters', () => {
  assert.ok(segmentRegExp('*.txt').test('报告.txt'));
  assert.ok(!segmentRegExp('*.txt').test('.hidden.txt'));
  assert.ok(segmentRegExp('.*').test('.hidden'));
  assert.ok(segmentRegExp('r?.md').test('r1.md'));
  assert.ok(!segmentRegExp('r?.md').test('r12.md'));
  assert.ok(segmentRegExp('[0-9]*').test('2023.md'));
  assert.ok(!segmentRegExp('[!0-9]*').test('2023.md'));
  assert.ok(segmentRegExp('a+(b).txt').test('a+(b).txt'));
  assert.ok(!segmentRegExp('a.txt').test('abtxt'));
});

test('expandGlob walks ** at any depth, sorted, without hidden entries or symlinked directories', (t) => {
  const dir = tempDir(t);
  for (const p of ['a/2020.txt', 'a/b/2021.txt', 'a/b/c/2022.md', 'a/.git/x.txt', 'z.txt', 'a/b/notes.doc']) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), 'x');
  }
  symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'loop'));
  const rel = (paths: string[]) => paths.map((p) => p.slice(dir.length + 1));
  assert.deepEqual(rel(expandGlob(`${dir}/**/*.txt`)), ['a/2020.txt', 'a/b/2021.txt', 'z.txt']);
  assert.deepEqual(rel(expandGlob(`${dir}/a/**`)), ['a/2020.txt', 'a/b/2021.txt', 'a/b/c/2022.md', 'a/b/notes.doc']);
  assert.deepEqual(rel(expandGlob(`${dir}/a/*/202?.*`)), ['a/b/2021.txt']);
  assert.deepEqual(rel(expandGlob(`${dir}/*.md`)), []);
  assert.deepEqual(rel(filesUnder(join(dir, 'a'))), ['a/2020.txt', 'a/b/2021.txt', 'a/b/c/2022.md']);
});
