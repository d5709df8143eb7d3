import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '../core/check';
import { parseReport } from '../core/parse';
import { reportingBody } from '../core/rules/reporting-body';
import { loadSeeds, ROOT } from './seeds';

const LEGAL = /^GR4(?:0[89]|1\d)$/;
const BASE = readFileSync(join(ROOT, 'test-fixtures/synthetic/valid-2023.report.md'), 'utf8');
const report = (agency: string, signed: string): string =>
  BASE.replace('# 示例市示例局2023年', `# ${agency}2023年`).replace('2024年1月20日', signed);
const codes = (text: string): string[] => checkReport(text).findings.filter((f) => LEGAL.test(f.code)).map((f) => `${f.code} ${f.severity}`);

test('on the five seeds, the legal rules find only what is true', () => {
  const found = loadSeeds().flatMap((s) => checkReport(s.text).findings.filter((f) => LEGAL.test(f.code))
    .map((f) => `${s.name.slice(0, 3)} ${f.code} ${s.text.slice(f.span.start, f.span.end).split('\n')[0]}`));
  assert.deepEqual(found, [
    // 芝罘区只楚街道办事处: a sub-district office, which 第四十九条 sets no date for.
    '002 GR414 芝罘区只楚街道办事处 2020 年政府信息公开工作年度报告',
    // The 通知 淄政办字〔2020〕67号 with its addressee and task table sits inside section 一.
    '004 GR413 淄政办字〔2020〕67号',
  ]);
});

test('第四十九条: a department’s report signed 2月5日 is late; a people’s government’s signed 3月20日 is not', () => {
  assert.deepEqual(codes(report('示例市示例局', '2024年2月5日')), ['GR408 warning']);
  assert.deepEqual(codes(report('示例县人民政府办公室', '2024年2月5日')), ['GR408 warning']);
  assert.deepEqual(codes(report('示例市人民政府', '2024年3月20日')).filter((c) => c.startsWith('GR408')), []);
  assert.deepEqual(codes(report('示例市人民政府', '2024年4月1日')).filter((c) => c.startsWith('GR408')), ['GR408 warning']);
  assert.deepEqual(codes(report('示例市示例局', '2024年1月31日')), [], 'the deadline day itself is in time');
});

test('a date can prove lateness, never timeliness: no date, or an early one, says nothing', () => {
  assert.deepEqual(codes(report('示例市示例局', '')), []);
  assert.deepEqual(codes(report('示例市示例局', '2024年1月5日')), []);
  const late = BASE.replace('年度报告\n', '年度报告\n\n发布日期：2024年2月6日\n');
  const found = checkReport(late).findings.filter((f) => f.code === 'GR408');
  assert.equal(found.length, 1);
  assert.equal(late.slice(found[0]!.span.start, found[0]!.span.end), '2024年2月6日');
});

test('townships and sub-districts: information that no statutory date applies, and no deadline warning', () => {
  assert.deepEqual(codes(report('示例县示例镇人民政府', '2024年3月1日')), ['GR410 hint', 'GR414 information']);
  assert.deepEqual(codes(report('示例区示例街道办事处', '2024年3月1日')), ['GR414 information']);
});

test('the reporting body from the agency’s name', () => {
  const body = (agency: string) => reportingBody(parseReport(`# ${agency}2023年政府信息公开工作年度报告\n`));
  assert.equal(body('烟台市人民政府办公室'), 'department');
  assert.equal(body('国务院办公厅'), 'department');
  assert.equal(body('济南市财政局'), 'department');
  assert.equal(body('示例市发展和改革委员会'), 'department');
  assert.equal(body('山东省人民政府'), 'government');
  assert.equal(body('示例县人民政府'), 'government');
  assert.equal(body('示例区政府'), 'government');
  assert.equal(body('示例县示例镇人民政府'), 'township');
  assert.equal(body('示例县示例乡'), 'township');
  assert.equal(body('芝罘区只楚街道办事处'), 'sub-district');
  assert.equal(body('示例经济技术开发区管理委员会'), undefined);
  assert.equal(body('威海经济技术开发区'), undefined);
  assert.equal(body('示例市第一人民医院'), undefined);
});

test('“/” in the 规章 row is information (GR415), not a number error; elsewhere it still is one', () => {
  const slashRules = BASE.replace('| 规章 | 0 | 0 | 3 |', '| 规章 | / | / | / |');
  const found = checkReport(slashRules).findings;
  assert.deepEqual(found.map((f) => `${f.code} ${f.severity}`), ['GR415 information']);
  assert.deepEqual(found[0]!.cells, ['s2.rules.issued', 's2.rules.repealed', 's2.rules.effective']);
  const slashNormative = BASE.replace('| 行政规范性文件 | 4 | 1 | 27 |', '| 行政规范性文件 | / | 1 | 27 |');
  assert.ok(checkReport(slashNormative).findings.some((f) => f.code === 'GR202' || f.code === 'GR206'));
});
