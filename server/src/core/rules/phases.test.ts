import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport, withPrevious } from '../check';
import { DEFAULT_OPTIONS } from '../options';
import { parseReport } from '../parse';
import { linkOf, reportFileIndex } from '../predecessor';
import { RULES } from '.';
import type { RuleContext } from './rule';

const DIR = join(__dirname, '../../../../test-fixtures/cross-year');
const folder = readdirSync(DIR).filter((n) => n.endsWith('.txt')).sort()
  .map((file) => ({ file, report: parseReport(readFileSync(join(DIR, file), 'utf8')) }));
const index = reportFileIndex(folder);
const linked = folder.flatMap((f) => {
  const previous = index.find(linkOf(f.report));
  return previous ? [{ ...f, previous }] : [];
});

test('the fixtures link reports to last year’s (else the tests below prove nothing)', () => {
  assert.ok(linked.length >= 2);
});

test('every rule that reads last year’s report declares needsPrevious', () => {
  for (const rule of RULES) {
    let read = false;
    for (const { report, previous } of linked) {
      const context: RuleContext = { report, options: DEFAULT_OPTIONS, previous };
      const watched = new Proxy(context, {
        get(target, key, receiver) {
          if (key === 'previous') read = true;
          return Reflect.get(target, key, receiver) as unknown;
        },
        has(target, key) {
          if (key === 'previous') read = true;
          return Reflect.has(target, key);
        },
      });
      for (const _finding of rule.check(watched)) { /* run to the end */ }
    }
    assert.equal(read, rule.needsPrevious === true, `${rule.code} ${read ? 'reads' : 'never reads'} previous`);
  }
});

test('phases: single + cross-year = all, and each runs only its rules', () => {
  const needing = new Set(RULES.filter((r) => r.needsPrevious).map((r) => r.code));
  for (const { report, previous } of linked) {
    const all = checkReport(report, { previous }).findings;
    const single = checkReport(report, { previous, phase: 'single' });
    const cross = checkReport(report, { previous, phase: 'cross-year' }).findings;
    assert.ok(single.findings.every((f) => !needing.has(f.code)));
    assert.ok(cross.every((f) => needing.has(f.code)));
    assert.ok(cross.length > 0, 'the fixtures have cross-year findings');
    assert.deepEqual(withPrevious(single, DEFAULT_OPTIONS, previous).findings, all);
    assert.deepEqual(checkReport(report).findings, single.findings, 'without last year’s report, all = single');
  }
});

test('cross-year phase keeps the user’s severities for its rules', () => {
  const { report, previous } = linked[0]!;
  const options = { ...DEFAULT_OPTIONS, rules: { 'carry-over': 'error' as const, GR406: 'off' as const, GR301: 'hint' as const } };
  const found = checkReport(report, { options, previous, phase: 'cross-year' }).findings;
  assert.ok(found.every((f) => f.code !== 'GR406' && f.code !== 'GR301'));
  assert.ok(found.filter((f) => f.code === 'GR404').every((f) => f.severity === 'error'));
});
