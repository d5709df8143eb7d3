import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCheckHtml } from '../cli/format-html';
import { checkReport } from '../core/check';
import type { Finding } from '../core/findings';
import { RULES } from '../core/rules';
import { EDITION_NAMES } from '../core/spec';
import { renderReportSkeleton, renderTableTemplate } from '../core/templates';
import { RULE_CASES, checkCase } from './rule-cases';
import { loadSeeds, ROOT } from './seeds';

/**
 * No "2023 format" exists (issue 12): the tables in force are those of 国办公开办函〔2021〕30号.
 * Internal keys may say 2023; nothing a user reads may.
 */
const WRONG_NAME = /2023\s*(?:年\s*)?(?:版|标准|模板|表格|格式)|2023[\s-]*(?:template|edition|format|standard)|standard 2023/i;
/** The one sentence the README may keep, naming what users call it. */
const ALLOWED_ONCE = 'the standard template in force in 2023';

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const offending = (label: string, text: string): string[] =>
  text.split('\n').filter((line) => WRONG_NAME.test(line)).map((line) => `${label}: ${line.trim().slice(0, 120)}`);

const BASE = read('test-fixtures/synthetic/valid-2023.report.md');

function findingTexts(f: Finding): string[] {
  return [
    f.message['zh-CN'], f.message.en,
    ...(f.fixes ?? []).flatMap((x) => [x.title['zh-CN'], x.title.en]),
    ...(f.related ?? []).flatMap((r) => [r.message['zh-CN'], r.message.en]),
  ];
}

test('shipped files never call the format "2023年版" or "2023 template"', () => {
  const files = [
    'package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'docs/cli.md',
    ...readdirSync(join(ROOT, 'l10n')).map((n) => `l10n/${n}`),
    ...readdirSync(join(ROOT, 'snippets')).map((n) => `snippets/${n}`),
    ...readdirSync(join(ROOT, 'docs/rules')).map((n) => `docs/rules/${n}`),
  ];
  assert.deepEqual(files.flatMap((f) => offending(f, read(f))), []);
  const readme = read('README.md');
  assert.ok(readme.split(ALLOWED_ONCE).length <= 2, 'the README says it at most once');
  assert.deepEqual(offending('README.md', readme.replace(ALLOWED_ONCE, '')), []);
});

test('rule titles, descriptions, messages and fix titles never say "2023年版" or "2023 template"', () => {
  const texts = RULES.flatMap((r) => [r.title['zh-CN'], r.title.en, r.description['zh-CN'], r.description.en]);
  const results = [
    ...loadSeeds().map((s) => checkReport(s.text)),
    ...Object.values(RULE_CASES).flatMap((cases) => [...cases.valid, ...cases.invalid].map((c) => checkCase(BASE, c))),
  ];
  for (const result of results) texts.push(...result.findings.flatMap(findingTexts));
  assert.ok(texts.length > 100);
  assert.deepEqual(texts.flatMap((t) => offending('rule text', t)), []);
});

test('templates, the HTML page and the edition names use the names of the notices', () => {
  const templates = [
    renderReportSkeleton({ year: 2023, agency: '某某局', style: 'pipe', headingPrefix: '## ' }),
    ...(['s2', 's3', 's4'] as const).map((id) => renderTableTemplate(id, 'tab')),
  ];
  assert.deepEqual(templates.flatMap((t) => offending('template', t)), []);
  assert.equal(EDITION_NAMES['2023'].full['zh-CN'], '现行格式（国办公开办函〔2021〕30号）');
  assert.equal(EDITION_NAMES['2023'].short['zh-CN'], '2021年版');
  assert.equal(EDITION_NAMES['2019'].full['zh-CN'], '2019年试行格式（国办公开办函〔2019〕60号）');
  for (const locale of ['zh-CN', 'en'] as const) {
    const page = formatCheckHtml((['2019', '2023'] as const).map((edition) => ({
      status: 'checked', file: `r${edition}.md`, encoding: 'utf-8', agency: '某某局', year: 2023, edition, diagnostics: [], link: null,
    })), locale);
    assert.deepEqual(offending('html', page), []);
    assert.ok(page.includes(EDITION_NAMES['2023'].full[locale]) && page.includes(EDITION_NAMES['2019'].full[locale]));
  }
});
