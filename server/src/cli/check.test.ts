import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type * as Sarif from 'sarif';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport } from '../core/check';
import { RULES } from '../core/rules';
import { cli, ROOT, SEEDS, SEEDS_DIR, seedText, tempDir } from './test-support';

const seedPaths = SEEDS.map((s) => join(SEEDS_DIR, s));

interface JsonFile {
  file: string;
  edition: string;
  year: number | null;
  encoding: string;
  diagnostics: { code: string; rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
}

test('check --format json: one entry per seed, every range the editor\'s range of the finding', async () => {
  const run = await cli(['check', ...seedPaths, '--format', 'json']);
  const files = JSON.parse(run.stdout) as JsonFile[];
  assert.deepEqual(files.map((f) => f.file), seedPaths);
  for (const f of files) {
    const text = readFileSync(f.file, 'utf8');
    const doc = TextDocument.create('file:///r.txt', 'gov-report', 1, text);
    const findings = checkReport(text).findings;
    assert.equal(f.diagnostics.length, findings.length, f.file);
    assert.equal(f.encoding, 'utf-8');
    f.diagnostics.forEach((d, i) => {
      const finding = findings[i]!;
      assert.equal(d.code, finding.code);
      assert.equal(d.rule, RULES.find((r) => r.code === d.code)?.slug);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
      assert.equal(d.message, finding.message['zh-CN']);
      assert.deepEqual(d.range.start, doc.positionAt(finding.span.start), `${f.file} ${d.code}`);
      assert.deepEqual(d.range.end, doc.positionAt(finding.span.end), `${f.file} ${d.code}`);
    });
  }
  const errors = files.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
  assert.equal(run.code, errors ? 1 : 0);
});

test('check text output: path:line:col  severity  code  message, 1-based, English with --locale en', async () => {
  const json = JSON.parse((await cli(['check', ...seedPaths, '--format', 'json', '--locale', 'en'])).stdout) as JsonFile[];
  const run = await cli(['check', ...seedPaths, '--locale', 'en']);
  const expected = json.flatMap((f) => f.diagnostics.map((d) =>
    `${f.file}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.severity}  ${d.code}  ${d.message.replace(/\s*[\r\n]+\s*/g, ' ')}`));
  assert.deepEqual(run.stdout.split('\n').filter(Boolean), expected);
  assert.match(run.stderr, /checked 5 file\(s\)/);
  assert.ok(expected.length > 0, 'the seeds have findings (seed 001 heading, seed 002 date)');
});

test('exit codes: 1 with an error-severity finding, 0 once that rule is off, 2 for an unreadable path', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'r.txt');
  // A seed with one 表三 number changed: an arithmetic error (GR301–GR303).
  const text = seedText(SEEDS[0]!);
  const broken = text.replace(/\t72\t/, '\t73\t');
  assert.notEqual(broken, text);
  writeFileSync(file, broken);
  const errorCodes = checkReport(broken).findings.filter((f) => f.severity === 'error').map((f) => f.code);
  assert.ok(errorCodes.length > 0);
  assert.equal((await cli(['check', file])).code, 1);
  const off = [...new Set(errorCodes)].flatMap((c) => ['--rule', `${c}=warning`]);
  assert.equal((await cli(['check', file, ...off])).code, 0);
  const missing = await cli(['check', file, join(dir, 'nope.txt')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.txt/);
  assert.equal(missing.stderr.split('\n').filter((l) => l.includes('nope.txt')).length, 1);
});

test('directories: .md/.markdown/.txt only, non-reports skipped with a note (named ones are errors), a glob with no match is an error', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'report.md'), seedText(SEEDS[1]!));
  writeFileSync(join(dir, 'README.md'), '# Notes\n\nSome notes about the folder.\n');
  writeFileSync(join(dir, 'data.csv'), 'a,b\n');
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  const run = await cli(['check', dir, '--format', 'json']);
  const files = JSON.parse(run.stdout) as JsonFile[];
  assert.deepEqual(files.map((f) => f.file), [join(dir, 'sub', 'report.md')]);
  assert.match(run.stderr, /README\.md 看起来不是年报/);
  assert.match(run.stderr, /image\.txt 是二进制文件/);
  assert.doesNotMatch(run.stderr, /data\.csv/);
  assert.notEqual(run.code, 2);
  // Named explicitly, a non-report is an error: the user asked for a report and this is not one.
  const named = await cli(['check', join(dir, 'README.md'), '--format', 'json']);
  assert.equal(named.code, 2);
  assert.match(named.stderr, /README\.md 不是政府信息公开工作年度报告/);
  const globbed = await cli(['check', `${dir}/**/*.md`, '--format', 'json']);
  assert.deepEqual((JSON.parse(globbed.stdout) as JsonFile[]).map((f) => f.file), [join(dir, 'sub', 'report.md')]);
  const none = await cli(['check', `${dir}/*.docx`]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /没有文件匹配/);
});

test('SARIF output is valid against the SARIF 2.1.0 schema and carries every finding', async () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test-fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // The schema is draft-04: Ajv (draft-07) reads it once its draft-04 `id` is named `$id`.
  const { $schema: _ignored, id, ...rest } = schema;
  // The schema's language pattern is not valid as a Unicode regular expression.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile({ ...rest, $id: id as string });
  // The cross-year folder adds related locations in another file (last year's report) and a skipped README.
  const inputs = [...seedPaths, join(ROOT, 'test-fixtures', 'cross-year')];
  const run = await cli(['check', ...inputs, join(SEEDS_DIR, 'missing.txt'), '--format', 'sarif']);
  assert.equal(run.code, 2);
  const log = JSON.parse(run.stdout) as Sarif.Log;
  assert.ok(validate(log), ajv.errorsText(validate.errors));
  const json = JSON.parse((await cli(['check', ...inputs, '--format', 'json'])).stdout) as JsonFile[];
  const sarifRun = log.runs[0]!;
  const expected = json.flatMap((f) => f.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`));
  const region = (r: Sarif.Result) => r.locations?.[0]?.physicalLocation?.region;
  assert.deepEqual(sarifRun.results?.map((r) => `${r.ruleId}@${region(r)?.startLine}:${region(r)?.startColumn}`), expected);
  assert.equal(sarifRun.invocations?.[0]?.executionSuccessful, false);
  assert.ok((sarifRun.tool.driver.rules?.length ?? 0) >= RULES.length);
  const related = sarifRun.results?.flatMap((r) => r.relatedLocations ?? []) ?? [];
  assert.ok(related.some((l) => l.physicalLocation?.artifactLocation?.uri?.endsWith('laishan-2019.txt')));
  assert.ok(sarifRun.results?.some((r) => (r.fixes?.length ?? 0) > 0), 'fixes are carried');
  // A deliberately broken log fails, so the validator is really checking.
  assert.equal(validate({ ...log, version: '2.0.0' }), false);
});
