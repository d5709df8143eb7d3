import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSeeds } from '../../test/seeds';
import { explainCell, explainRowLabel } from '../explain';
import type { Report } from '../model';
import { parseReport } from '../parse';
import { RULES } from '../rules';

// Each note corrected under issue 12 (checked against the 条例 and the notices), pinned per edition
// through what a hover shows: seed 000 prints the 2019 trial format, seed 003 the format in force.

const seeds = loadSeeds();
const parsed = (prefix: string): Report => parseReport(seeds.find((s) => s.name.startsWith(prefix))!.text);
const EDITIONS = { '2019': parsed('000_'), '2023': parsed('003_') } as const;

const rowNote = (report: Report, id: 's2' | 's3' | 's4', rowKey: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string => {
  const row = report.tables[id]!.rows.find((r) => r.key === rowKey);
  assert.ok(row, `${id}.${rowKey} is in the table`);
  return explainRowLabel(report, row.labelSpan.start + 1, locale)!.note;
};
const cellNotes = (report: Report, key: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string =>
  explainCell(report, key, locale)!.notes.join('\n');

test('the seeds used here print one edition each', () => {
  assert.equal(EDITIONS['2019'].tables.s2!.edition, '2019');
  assert.equal(EDITIONS['2023'].tables.s2!.edition, '2023');
});

test('行政事业性收费: the 信息处理费 is one of them, reported apart in 六; the 2019 row counts items and has no amount', () => {
  const now = rowNote(EDITIONS['2023'], 's2', 'fees');
  assert.match(now, /本年收费金额，单位万元/);
  assert.match(now, /信息处理费本身也是行政事业性收费，但须另在第六部分单独报告/);
  assert.doesNotMatch(now, /不是/);
  const old = rowNote(EDITIONS['2019'], 's2', 'fees');
  assert.match(old, /按收费项目计（上一年项目数量、本年增\/减），没有金额栏/);
  assert.doesNotMatch(old, /万元/);
  assert.match(rowNote(EDITIONS['2019'], 's2', 'fees', 'en'), /counts fee items .* no amount column/);
});

test('表二 decisions rows: decisions in the format in force, items in the 2019 trial format', () => {
  for (const row of ['licensing', 'penalty', 'coercion']) {
    assert.match(rowNote(EDITIONS['2023'], 's2', row), /本年作出的行政(?:许可|处罚|强制)(?:处理)?决定数量/);
    assert.match(rowNote(EDITIONS['2019'], 's2', row), /上一年项目数量、本年增\/减按行政(?:许可|处罚|强制)事项(?:（项目）)?计，不是决定件数/);
  }
  const old = EDITIONS['2019'];
  assert.match(cellNotes(old, 's2.licensing.last_year_items'), /上一年度该类事项（项目）的个数，按事项计，不是处理决定的件数/);
  assert.match(cellNotes(old, 's2.licensing.change'), /本年事项（项目）个数比上一年增加或减少的数目，按事项计，不是决定件数/);
  assert.match(cellNotes(old, 's2.licensing.decisions'), /现行格式称“本年处理决定数量”，含义相同/);
  assert.match(cellNotes(EDITIONS['2023'], 's2.licensing.decisions'), /^本年度作出的处理决定数量，整数。/);
});

test('本年制发 / 本年废止: the notices define neither revisions nor lapses; a note under the table is asked for', () => {
  const now = EDITIONS['2023'];
  assert.match(cellNotes(now, 's2.normative.issued'), /格式和通知未规定是否包含修订，建议在表下注明口径/);
  assert.match(cellNotes(now, 's2.normative.repealed'), /格式和通知未规定是否包含自然失效（有效期届满）的文件，建议在表下注明口径/);
  assert.doesNotMatch(cellNotes(now, 's2.normative.repealed'), /含失效）/);
  const gr405 = RULES.find((r) => r.code === 'GR405')!;
  assert.match(gr405.description['zh-CN'], /通知未规定“本年制发”是否含修订、“本年废止”是否含自然失效/);
  assert.doesNotMatch(gr405.description['zh-CN'], /不含自然失效等情况/);
});

test('四、结转下年度继续办理 includes last year\'s open requests, within the 第三十三条 limits (both editions)', () => {
  for (const report of Object.values(EDITIONS)) {
    const note = rowNote(report, 's3', 'carry_over');
    assert.match(note, /包括本年新收的和上年结转后仍未办结的/);
    assert.match(note, /条例第三十三条/);
    assert.match(rowNote(report, 's3', 'carry_over', 'en'), /both this year's and last year's still open/);
  }
});

test('表三 results cite the right items of 第三十六条', () => {
  for (const report of Object.values(EDITIONS)) {
    assert.match(rowNote(report, 's3', 'denied.inquiry'), /法律、行政法规对获取该信息有特别规定的.*（条例第三十六条第（七）项）/);
    const granted = rowNote(report, 's3', 'granted');
    assert.match(granted, /条例第三十六条第（一）项/);
    assert.match(granted, /第（二）项/);
    assert.doesNotMatch(granted, /全部公开/);
    const noInfo = rowNote(report, 's3', 'unable.no_info');
    assert.match(noInfo, /条例第三十六条第（四）项/);
    assert.match(noInfo, /不属于本机关负责公开的（第（五）项），实践中通常也计入本项——这是常见做法，不是格式的规定/);
  }
});

test('表四 columns: notes marked as the project\'s reading', () => {
  const report = EDITIONS['2023'];
  for (const column of ['upheld', 'corrected', 'other', 'pending']) {
    assert.match(cellNotes(report, `s4.review.${column}`), /本项目的理解，通知未作定义/);
    assert.match(cellNotes(report, `s4.suit_direct.${column}`, 'en'), /this project's reading/);
  }
});

test('GR406: accountability for 内容雷同 is conditional on adverse consequences (第四十七条)', () => {
  const gr406 = RULES.find((r) => r.code === 'GR406')!;
  assert.match(gr406.description['zh-CN'], /内容雷同、敷衍塞责等问题并造成不良后果的，依照条例第四十七条追究责任/);
  assert.doesNotMatch(gr406.description['zh-CN'], /列为应当追责/);
});

test('GR407: the 信息处理费 is itself a 行政事业性收费, reported separately', () => {
  const gr407 = RULES.find((r) => r.code === 'GR407')!;
  assert.match(gr407.description['zh-CN'], /信息处理费本身属于行政事业性收费，但须在第六部分单独报告/);
  assert.doesNotMatch(gr407.description['zh-CN'], /不要与表二的行政事业性收费混淆/);
});
