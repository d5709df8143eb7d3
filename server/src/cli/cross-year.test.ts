import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cli, ROOT } from './test-support';

const DIR = join(ROOT, 'test-fixtures', 'cross-year');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  scope: string[];
  predecessors: Record<string, string | null>;
  findings: Record<string, { code: string }[]>;
};

interface Diagnostic {
  code: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  related?: { file?: string; range: Diagnostic['range']; message: string }[];
}

const inScope = (files: { file: string; diagnostics: Diagnostic[] }[]) =>
  Object.fromEntries(files.map((f) => [f.file.slice(DIR.length + 1), f.diagnostics.filter((d) => expected.scope.includes(d.code))]));

test('check <dir> links each report to last year\'s among the inputs: the planted cross-report findings, no others', async () => {
  const run = await cli(['check', DIR, '--format', 'json']);
  const got = inScope(JSON.parse(run.stdout));
  assert.deepEqual(Object.keys(got).sort(), Object.keys(expected.findings).sort());
  for (const [file, findings] of Object.entries(expected.findings)) {
    assert.deepEqual(got[file]!.map((d) => d.code).sort(), findings.map((f) => f.code).sort(), file);
  }
  // GR404's related location is measured in last year's file, on its carried-forward cell.
  const carry = got['laishan-2020.txt']!.find((d) => d.code === 'GR404')!;
  const related = carry.related?.[0];
  assert.ok(related && related.file?.endsWith('laishan-2019.txt'), JSON.stringify(carry));
  const before = TextDocument.create('file:///p.txt', 'gov-report', 1, readFileSync(related.file!, 'utf8'));
  assert.equal(before.getText(related.range), '0');
});

test('without last year\'s report among the inputs there is nothing to compare', async () => {
  const run = await cli(['check', join(DIR, 'laishan-2020.txt'), join(DIR, 'laishan-2021.txt'), '--format', 'json']);
  const got = inScope(JSON.parse(run.stdout));
  assert.deepEqual(got['laishan-2020.txt']!.map((d) => d.code), []);
  assert.deepEqual(got['laishan-2021.txt']!.map((d) => d.code), ['GR406']);
});
