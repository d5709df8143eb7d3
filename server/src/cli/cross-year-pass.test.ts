import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkReport } from '../core/check';
import { DEFAULT_OPTIONS } from '../core/options';
import { parseReport } from '../core/parse';
import { lineStartsOf, spanToRange } from '../core/positions';
import { linkOf, reportFileIndex } from '../core/predecessor';
import { cli, ROOT } from './test-support';

const DIR = join(ROOT, 'test-fixtures', 'cross-year');

interface JsonFile { file: string; diagnostics: { code: string; range: { start: { line: number; character: number } } }[] }

test('check <dir>: each linked report’s findings are exactly those of one check against last year’s, in order', async () => {
  const run = await cli(['check', DIR, '--format', 'json']);
  const files: JsonFile[] = JSON.parse(run.stdout);
  const folder = readdirSync(DIR).filter((n) => n.endsWith('.txt')).sort()
    .map((n) => ({ file: join(DIR, n), report: parseReport(readFileSync(join(DIR, n), 'utf8')) }));
  const index = reportFileIndex(folder);
  for (const { file, report } of folder) {
    const direct = checkReport(report.text, { options: DEFAULT_OPTIONS, previous: index.find(linkOf(report)) }).findings;
    const starts = lineStartsOf(report.text);
    const expected = direct.map((f) => { const r = spanToRange(starts, f.span, report.text).start; return `${r.line}:${r.character} ${f.code}`; });
    const got = files.find((f) => f.file === file)!.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`);
    assert.deepEqual(got, expected, file);
  }
});

test('check <dir> --rule GR404=off: no GR404, the other cross-year findings stay', async () => {
  const files: JsonFile[] = JSON.parse((await cli(['check', DIR, '--format', 'json', '--rule', 'GR404=off'])).stdout);
  const codes = files.flatMap((f) => f.diagnostics.map((d) => d.code));
  assert.ok(!codes.includes('GR404'));
  assert.ok(codes.includes('GR406'));
});
