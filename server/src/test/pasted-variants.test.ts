import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCells } from '../cli/extract-cells';
import { cli, tempDir } from '../cli/test-support';
import { checkReport } from '../core/check';
import { ROOT } from './seeds';

/** Small variants of pasted text, each as a new user would type or paste it (issue 10), on the clean trait report. */
const BASE = readFileSync(join(ROOT, 'test-fixtures/traits/base.md'), 'utf8');
const TRUTH = JSON.parse(readFileSync(join(ROOT, 'test-fixtures/traits/truth.json'), 'utf8')) as Record<string, number>;

const codes = (text: string): string[] => checkReport(text).findings.filter((f) => f.severity !== 'hint').map((f) => f.code);
const cells = (text: string): Record<string, number | null> => extractCells(checkReport(text).report);

function edit(find: string, replace: string, text = BASE): string {
  assert.ok(text.includes(find), `not in the report: ${find}`);
  return text.replace(find, replace);
}

test('the clean report the variants start from reads every cell with no finding', () => {
  assert.deepEqual(codes(BASE), []);
  assert.deepEqual(cells(BASE), TRUTH);
});

test('headings typed with an ideographic space or full-width ＃ are headings', () => {
  let text = edit('一、总体情况', '##\u3000一、总体情况');
  text = edit('二、主动公开政府信息情况', '＃＃ 二、主动公开政府信息情况', text);
  text = edit('三、收到和处理政府信息公开申请情况', '＃＃＃　三、收到和处理政府信息公开申请情况', text);
  assert.deepEqual(codes(text).filter((c) => c === 'GR102' || c === 'GR103'), []);
  assert.equal(checkReport(text).report.sections.length, 6);
  assert.deepEqual(cells(text), TRUTH);
});

test('periods written in Chinese numerals or with dots are compared with the title year', () => {
  const period = '自2024年1月1日起至2024年12月31日止';
  for (const other of ['自二〇二二年一月一日起至二〇二二年十二月三十一日止', '为2022.1.1—2022.12.31']) {
    assert.ok(codes(edit(period, other)).includes('GR401'), other);
  }
  for (const same of ['自二〇二四年一月一日起至二〇二四年十二月三十一日止', '为2024.1.1—2024.12.31']) {
    const { report, findings } = checkReport(edit(period, same));
    assert.equal(report.period?.end.year, 2024, same);
    assert.deepEqual(findings.filter((f) => f.code === 'GR401'), [], same);
  }
});

test('an amount written in 元 in the 万元 column is read in 万元 and reported, with the figure to write', () => {
  const text = edit('| 行政事业性收费 | 12.5 |', '| 行政事业性收费 | 123500元 |');
  assert.equal(cells(text)['s2.fees.amount'], 12.35);
  const found = checkReport(text).findings.filter((f) => f.code === 'GR203');
  assert.equal(found.length, 1);
  assert.match(found[0]!.message['zh-CN'], /万元/);
  const fix = found[0]!.fixes?.[0]?.edits[0];
  assert.ok(fix);
  assert.equal(text.slice(fix.span.start, fix.span.end), '123500元');
  assert.equal(fix.newText, '12.35');
});

test('a stray character after a row\'s last cell does not drop the row', () => {
  for (const stray of ['x', '。', 'a', '‘']) {
    const text = edit('| 20 | 1 | 0 | 0 | 1 | 0 | 22 |', `| 20 | 1 | 0 | 0 | 1 | 0 | 22 |${stray}`);
    assert.deepEqual(codes(text), [], stray);
    assert.deepEqual(cells(text), TRUTH, stray);
  }
});

test('full-width pipes ｜ are read as cell separators', () => {
  const from = BASE.indexOf('三、收到和处理');
  const text = BASE.slice(0, from) + BASE.slice(from).replace(/\|/g, '｜');
  assert.deepEqual(codes(text), []);
  assert.deepEqual(cells(text), TRUTH);
});

test('Setext underlines around 表四 are markup, not cells', () => {
  let text = edit('四、政府信息公开行政复议、行政诉讼情况\n', '四、政府信息公开行政复议、行政诉讼情况\n------------------------------\n');
  text = edit('\n\n五、存在的主要问题及改进情况', '\n\n------\n\n五、存在的主要问题及改进情况', text);
  assert.deepEqual(codes(text), []);
  assert.deepEqual(cells(text), TRUTH);
});

test('a file named on the command line that is not a report is an error (exit 2); one found in a folder is skipped', async (t) => {
  const dir = tempDir(t);
  for (const [name, content] of [['empty.md', ''], ['hello.md', 'hello world\n']] as const) {
    const file = join(dir, name);
    writeFileSync(file, content);
    const r = await cli(['check', file]);
    assert.equal(r.code, 2, name);
    assert.match(r.stderr, /不是政府信息公开工作年度报告/, name);
  }
  const folder = await cli(['check', dir]);
  assert.notEqual(folder.code, 1);
  assert.match(folder.stderr, /已跳过/);
});

test('a cell pulled out of its row with its note goes back to the column its note names', () => {
  const row = '| 规章 | 1 | 0 | 5 |';
  for (const [cell, note, keys] of [
    ['1', '（含修订 1 件）', [1, 0, 5]],
    ['1（其中修订 1 件）', '', [1, 0, 5]],
    ['5', '（含自然失效 5 件）', [1, 5, 0]],
  ] as const) {
    const shortRow = keys[1] === 0 ? '| 规章 | 0 | 5 |' : '| 规章 | 1 | 0 |';
    const text = edit(row, shortRow, edit('二、主动公开政府信息情况\n', `二、主动公开政府信息情况\n${cell}\n${note}\n`));
    const got = cells(text);
    assert.deepEqual([got['s2.rules.issued'], got['s2.rules.repealed'], got['s2.rules.effective']], [...keys], cell + note);
    assert.deepEqual(codes(text), ['GR204'], cell + note);
  }
});

test('a pulled-out cell whose note names no column leaves its row ambiguous (GR109), never guessed', () => {
  const text = edit('| 规章 | 1 | 0 | 5 |', '| 规章 | 0 | 5 |', edit('二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n1\n（含规章 1 件）\n'));
  const got = cells(text);
  assert.deepEqual([got['s2.rules.issued'], got['s2.rules.repealed'], got['s2.rules.effective']], [undefined, undefined, undefined]);
  assert.deepEqual(codes(text), ['GR109']);
});

test('a lone number with no note near a short row stays a short row (GR108): a page number is not a cell', () => {
  const text = edit('| 规章 | 1 | 0 | 5 |', '| 规章 | 0 | 5 |', edit('二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n1\n'));
  assert.deepEqual(codes(text), ['GR108']);
});

/** 表三 and 表四 of the clean report with every separator removed, each table on one line. */
function flattenedTables(): string {
  let text = BASE;
  for (const title of ['三、收到和处理政府信息公开申请情况\n', '四、政府信息公开行政复议、行政诉讼情况\n']) {
    const from = text.indexOf(title) + title.length;
    const to = text.indexOf('\n\n', from);
    const flat = text.slice(from, to).split('\n').filter((l) => !/^\|[\s|-]+\|$/.test(l)).join('').replace(/[|\s]/g, '');
    text = text.slice(0, from) + flat + text.slice(to);
  }
  return text;
}

test('a table flattened to one line (labels and numbers run together) is read where the sums allow one split', () => {
  const text = flattenedTables();
  assert.deepEqual(codes(text), []);
  assert.deepEqual(cells(text), TRUTH);
});

test('flattened digits that several splits balance, or none, leave their row unread with GR109, never guessed', () => {
  const text = flattenedTables().replace('申请数量201001022', '申请数量211001022');
  assert.deepEqual(codes(text), ['GR109']);
  assert.equal(cells(text)['s3.new.natural'], undefined);
  assert.equal(cells(text)['s3.carried.natural'], 2);
});

test('headings run into one line are found only where the line holds two or more template titles', () => {
  const one = edit('一、总体情况\n', '一、总体情况\n另见三、收到和处理政府信息公开申请情况一节，其中的数字与表格一致，此处不再赘述，本段文字足够长以便作为一整行长段落来检验。\n');
  assert.equal(checkReport(one).report.sections.length, 6);
  const body = BASE.indexOf('本报告依据');
  const page = BASE.slice(0, body) + BASE.slice(body).replace(/[\n|\s-]/g, '');
  const sections = checkReport(page).report.sections;
  assert.deepEqual(sections.map((s) => s.index), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(codes(page).filter((c) => c !== 'GR109'), []);
  const got = cells(page);
  assert.deepEqual(Object.entries(TRUTH).filter(([k, v]) => got[k] !== v && got[k] !== undefined), [], 'no cell read wrong');
});

test('flattened digits one per cell are read as printed, and a changed one is caught by the sums; too few digits is GR109', () => {
  const changed = flattenedTables().replace('结果维持结果纠正其他结果尚未审结总计210141', '结果维持结果纠正其他结果尚未审结总计310141');
  const found = checkReport(changed).findings.filter((f) => f.code === 'GR304');
  assert.equal(found.length, 1);
  assert.ok(found[0]!.cells?.includes('s4.review.upheld'));
  const short = flattenedTables().replace('结果维持结果纠正其他结果尚未审结总计210141', '结果维持结果纠正其他结果尚未审结总计21041');
  assert.deepEqual(codes(short), ['GR109']);
  assert.equal(cells(short)['s4.review.upheld'], undefined);
});
