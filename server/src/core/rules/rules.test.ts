import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../check';
import { DEFAULT_OPTIONS } from '../options';
import { RULES } from '.';
import { RULE_CASES, applyCase, checkCase, type RuleCase } from '../../test/rule-cases';
import { renderReadmeRules, renderRuleDoc, renderRuleIndex } from '../../tools/rule-docs';

const ROOT = join(__dirname, '../../../..');
const BASE = readFileSync(join(ROOT, 'test-fixtures/synthetic/valid-2023.report.md'), 'utf8');
const codes = (c: RuleCase): string[] => checkCase(BASE, c, DEFAULT_OPTIONS).findings.map((f) => f.code);

test('the valid sample report has no finding at all', () => {
  assert.deepEqual(checkReport(BASE).findings.map((f) => `${f.code} ${f.message.en}`), []);
});

test('codes and slugs are unique and well-formed', () => {
  assert.equal(new Set(RULES.map((r) => r.code)).size, RULES.length);
  assert.equal(new Set(RULES.map((r) => r.slug)).size, RULES.length);
  for (const r of RULES) {
    assert.match(r.code, /^GR\d{3}$/);
    assert.match(r.slug, /^[a-z]+(-[a-z]+)*$/);
  }
});

for (const rule of RULES) {
  const cases = RULE_CASES[rule.code];
  test(`${rule.code} ${rule.slug} has valid and invalid cases, each an edit of some text`, () => {
    assert.ok(cases && cases.valid.length > 0 && cases.invalid.length > 0);
    // A case that changes nothing tests nothing new (and shows as an empty diff in the docs).
    for (const c of [...cases.valid, ...cases.invalid]) {
      const edits = [c, ...(c.also ?? []), ...(c.previous ? [c.previous] : [])];
      assert.ok(edits.some((e) => e.find !== e.replace), `${c.name}: changes nothing`);
    }
  });
  if (!cases) continue;
  for (const c of cases.valid) {
    test(`${rule.code} valid: ${c.name}`, () => {
      assert.ok(!codes(c).includes(rule.code));
    });
  }
  for (const c of cases.invalid) {
    test(`${rule.code} invalid: ${c.name}`, () => {
      const found = checkCase(BASE, c).findings.filter((f) => f.code === rule.code);
      assert.ok(found.length > 0, `expected ${rule.code}`);
      for (const f of found) {
        assert.ok(f.message['zh-CN'].length > 0 && f.message.en.length > 0);
        assert.ok(f.span.start <= f.span.end);
      }
    });
  }
  test(`${rule.code} docs page is up to date (npm run docs)`, () => {
    assert.equal(readFileSync(join(ROOT, `docs/rules/${rule.code}.md`), 'utf8'), renderRuleDoc(rule));
  });
}

test('rule index page and the README rule table are up to date', () => {
  assert.equal(readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8'), renderRuleIndex(RULES));
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.equal(readme, renderReadmeRules(readme, RULES));
});

test('a rule turned off reports nothing; a severity override applies', () => {
  const text = applyCase(BASE, RULE_CASES.GR301!.invalid[0]!);
  assert.ok(!checkReport(text, { options: { ...DEFAULT_OPTIONS, rules: { GR301: 'off' } } }).findings.some((f) => f.code === 'GR301'));
  const f = checkReport(text, { options: { ...DEFAULT_OPTIONS, rules: { 'row-total': 'hint' } } }).findings.find((x) => x.code === 'GR301');
  assert.equal(f?.severity, 'hint');
});
