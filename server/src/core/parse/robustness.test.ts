import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Report, Span } from '../model';
import { describeGrowth, GROWTH_FACTOR, LINEAR_LIMIT, measureGrowth } from '../../fuzz/growth';
import { parseReport } from './index';

const SEEDS = resolve(__dirname, '../../../../test-fixtures/seeds');
const seedTexts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(resolve(SEEDS, f), 'utf8'));

/** Every span inside the text and well formed; lineStarts ascending; table maps agree with rows. */
function assertWellFormed(r: Report, text: string): void {
  const ok = (s: Span, what: string): void => assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} ${JSON.stringify(s)}`);
  assert.equal(r.text, text);
  assert.equal(r.lineStarts[0], 0);
  for (let i = 1; i < r.lineStarts.length; i++) assert.ok(r.lineStarts[i]! > r.lineStarts[i - 1]!, 'lineStarts ascending');
  if (r.title) ok(r.title.span, 'title');
  if (r.period) ok(r.period.span, 'period');
  if (r.signingDate) ok(r.signingDate.span, 'signing date');
  for (const s of r.sections) {
    ok(s.span, 'section');
    ok(s.heading.span, 'heading');
    ok(s.heading.titleSpan, 'heading title');
  }
  for (const t of Object.values(r.tables)) {
    ok(t.span, `table ${t.id}`);
    let cells = 0;
    for (const row of t.rows) {
      ok(row.span, `row ${row.key}`);
      ok(row.labelSpan, `label ${row.key}`);
      for (const c of row.cells) {
        ok(c.span, c.key);
        assert.equal(t.cells.get(c.key), c);
        cells++;
      }
    }
    assert.equal(t.cells.size, cells);
    for (const a of t.ambiguities) ok(a.span, 'ambiguity');
  }
}

/** A small deterministic PRNG so a failure can be replayed. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

const PIECES = ['\t', '\n', '\r\n', '\r', ' ', '|', '<td>', '</tr>', '<', '>', '&', '&nbsp;', '[image: ', ']', '**', '#', '、', '（', '）',
  '0', '1', '12', '+3', '-', '—', '．', '１２', '\u00a0', '\u3000', '一、', '三、', '（六）其他处理', '总计', '结果维持', '第二十条', '万元', '年', '月', '日'];

test('parseReport never throws and keeps spans inside the text (fuzzed seeds)', () => {
  const random = rng(20240119);
  for (let round = 0; round < 400; round++) {
    const base = seedTexts[round % seedTexts.length]!;
    let text = base;
    const edits = 1 + Math.floor(random() * 12);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * (text.length + 1));
      const kind = random();
      if (kind < 0.4) text = text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)]! + text.slice(at);
      else if (kind < 0.7) text = text.slice(0, at) + text.slice(Math.min(text.length, at + Math.floor(random() * 200)));
      else {
        const from = Math.floor(random() * text.length);
        text = text.slice(0, at) + text.slice(from, from + Math.floor(random() * 300)) + text.slice(at);
      }
    }
    let r: Report;
    try {
      r = parseReport(text);
    } catch (e) {
      assert.fail(`round ${round} threw: ${String(e)}`);
    }
    assertWellFormed(r, text);
  }
});

test('parseReport never throws on odd input', () => {
  const inputs = [
    '', '\n', '\r', '\r\n\r\n', '\t', '|', '||||', '<table>', '<td>', '</td></tr>', '[image:', '&#99999999;', '&#xD800;', '\uD800', '\uDC00x',
    '一、', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况\n申请人情况\n一、本年新收\t',
    '四、政府信息公开行政复议、行政诉讼情况\n行政复议\n' + '9'.repeat(60),
    '三、收到和处理政府信息公开申请情况\n（七）总计\t' + '1'.repeat(30) + '\t1',
    '2020年1月1日起至2020年13月45日止', '二〇二〇年十三月四十日',
  ];
  for (const text of inputs) assertWellFormed(parseReport(text), text);
  // Not a string at all (a caller bug) still yields a report.
  assert.equal(parseReport(undefined as unknown as string).sections.length, 0);
});

/** Parses in linear time: a quarter of the input and the whole, each parse well formed (see fuzz/growth.ts). */
function assertLinearParse(build: (n: number) => string, n: number): void {
  const small = build(Math.ceil(n / GROWTH_FACTOR));
  const large = build(n);
  const growth = measureGrowth(small, large, (text) => assertWellFormed(parseReport(text), text));
  assert.ok(growth.ratio <= LINEAR_LIMIT, `${describeGrowth(growth)} for ${JSON.stringify(large.slice(0, 40))}`);
}

// Growth within one run, not a clock: a quadratic scan grows 16-fold for 4× the input, linear 4-fold.
test('a 5 MB line parses in linear time', () => {
  const cases: ((n: number) => string)[] = [
    (n) => `三、收到和处理政府信息公开申请情况\n${'本'.repeat(n)}`,
    (n) => `三、收到和处理政府信息公开申请情况\n申请人情况\n一、本年新收\t${'1'.repeat(n)}`,
    (n) => `三、收到和处理政府信息公开申请情况\n申请人情况\n本年新收 ${'0 '.repeat(n / 2)}`,
    (n) => `二、主动公开政府信息情况\n规章\t${'[image:'.repeat(n / 7)}`,
    (n) => `二、主动公开政府信息情况\n<td>${'<'.repeat(n)}>`,
    (n) => `三、收到和处理政府信息公开申请情况\n申请人情况\n${'&'.repeat(n)}`,
    (n) => `二、主动公开政府信息情况\n${'|'.repeat(n)}`,
  ];
  for (const build of cases) assertLinearParse(build, 2_000_000);
});

test('1,000,000 tabs parse in linear time', () => {
  const seed = seedTexts[0]!;
  const cases: ((n: number) => string)[] = [
    (n) => `三、收到和处理政府信息公开申请情况\n申请人情况\n${'\t'.repeat(n)}`,
    (n) => `三、收到和处理政府信息公开申请情况\n申请人情况\n${'\t\n'.repeat(n)}`,
    (n) => seed.replace('一、\t本年新收', `一、\t本年新收${'\t'.repeat(n)}`),
    (n) => `四、政府信息公开行政复议、行政诉讼情况\n${'0\t'.repeat(n)}`,
  ];
  for (const build of cases) assertLinearParse(build, 1_000_000);
});

test('many lines and many headings parse in linear time', () => {
  const cases: [(n: number) => string, number][] = [
    [(n) => '\n'.repeat(n), 5_000_000], [(n) => '一、总体情况\n'.repeat(n), 300_000],
    [(n) => '2020年1月1日起至2020年12月31日止\n'.repeat(n), 100_000], [(n) => 'x\t1\n'.repeat(n), 500_000],
  ];
  for (const [build, n] of cases) assertLinearParse(build, n);
});
