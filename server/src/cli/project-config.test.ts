import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseProjectConfig } from '../core/project-config';
import { cli, SEEDS, seedText, tempDir } from './test-support';

const SEED_000 = SEEDS.find((n) => n.startsWith('000'))!;
/** Seed 000 with one 表三 total off by one: an error-severity finding (GR301). */
const broken = (): string => seedText(SEED_000).replace('(一) 予以公开\t12\t0\t0\t0\t0\t0\t12', '(一) 予以公开\t12\t0\t0\t0\t0\t0\t13');

test('.gov-report.json: rule severities for the reports below it (nearest file up the folders), under the command line’s own', async (t) => {
  const dir = tempDir(t);
  const nested = join(dir, 'agency', '2020');
  mkdirSync(nested, { recursive: true });
  const report = join(nested, 'report.txt');
  writeFileSync(report, broken());
  assert.equal((await cli(['check', report])).code, 1, 'GR301 is an error by default');

  writeFileSync(join(dir, '.gov-report.json'), JSON.stringify({ rules: { GR301: 'warning', 'results-total': 'off' } }));
  const quiet = await cli(['check', '--format', 'json', report]);
  assert.equal(quiet.code, 0, 'the project file makes GR301 a warning and turns GR302 off');
  const findings = (JSON.parse(quiet.stdout) as { diagnostics: { code: string; severity: string }[] }[])[0]!.diagnostics;
  assert.ok(findings.some((f) => f.code === 'GR301' && f.severity === 'warning'));
  assert.ok(!findings.some((f) => f.code === 'GR302'));

  assert.equal((await cli(['check', '--rule', 'GR301=error', report])).code, 1, 'the command line wins over the project file');
});

test('an invalid .gov-report.json: one clear message naming the file, the defaults used', async (t) => {
  const dir = tempDir(t);
  const report = join(dir, 'report.txt');
  writeFileSync(report, broken());
  writeFileSync(join(dir, '.gov-report.json'), '{ "rules": { "GR301": "loud" }, ');
  const run = await cli(['check', report]);
  assert.equal(run.code, 1, 'defaults: GR301 stays an error');
  const lines = run.stderr.split('\n').filter((l) => l.includes('.gov-report.json'));
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0]!, /not valid JSON/);
});

test('parseProjectConfig: data only, every problem in one message, the valid rest kept', () => {
  assert.deepEqual(parseProjectConfig('{"rules":{"GR201":"off"}}'), { config: { rules: { GR201: 'off' } } });
  const mixed = parseProjectConfig('{"rules":{"GR201":"off","GR999":"error","GR301":"loud"},"repeatedTextThreshold":2,"extra":1}');
  assert.deepEqual(mixed.config, { rules: { GR201: 'off' } });
  assert.match(mixed.problem!, /GR999/);
  assert.match(mixed.problem!, /GR301/);
  assert.match(mixed.problem!, /repeatedTextThreshold/);
  assert.match(mixed.problem!, /extra/);
  assert.match(parseProjectConfig('[1]').problem!, /expected an object/);
});
