import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Report, Span } from '../model';
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

/** Time in ms of one parse (after one warm-up on a small input). */
function timed(text: string): number {
  parseReport(text.slice(0, 1000));
  const t0 = performance.now();
  const r = parseReport(text);
  const ms = performance.now() - t0;
  assertWellFormed(r, text);
  return ms;
}

// Generous limits: these catch quadratic behaviour (minutes), not machine speed.
const LIMIT_MS = 8000;

test('a 5 MB line parses in linear time', () => {
  const cases = [
    `三、收到和处理政府信息公开申请情况\n${'本'.repeat(5_000_000)}`,
    `三、收到和处理政府信息公开申请情况\n申请人情况\n一、本年新收\t${'1'.repeat(5_000_000)}`,
    `三、收到和处理政府信息公开申请情况\n申请人情况\n本年新收 ${'0 '.repeat(2_500_000)}`,
    `二、主动公开政府信息情况\n规章\t${'[image:'.repeat(700_000)}`,
    `二、主动公开政府信息情况\n<td>${'<'.repeat(5_000_000)}>`,
    `三、收到和处理政府信息公开申请情况\n申请人情况\n${'&'.repeat(5_000_000)}`,
    `二、主动公开政府信息情况\n${'|'.repeat(5_000_000)}`,
  ];
  for (const text of cases) {
    const ms = timed(text);
    assert.ok(ms < LIMIT_MS, `${ms.toFixed(0)} ms for ${JSON.stringify(text.slice(0, 40))}`);
  }
});

test('1,000,000 tabs parse in linear time', () => {
  const seed = seedTexts[0]!;
  const cases = [
    `三、收到和处理政府信息公开申请情况\n申请人情况\n${'\t'.repeat(1_000_000)}`,
    `三、收到和处理政府信息公开申请情况\n申请人情况\n${'\t\n'.repeat(1_000_000)}`,
    seed.replace('一、\t本年新收', `一、\t本年新收${'\t'.repeat(1_000_000)}`),
    `四、政府信息公开行政复议、行政诉讼情况\n${'0\t'.repeat(1_000_000)}`,
  ];
  for (const text of cases) {
    const ms = timed(text);
    assert.ok(ms < LIMIT_MS, `${ms.toFixed(0)} ms for ${JSON.stringify(text.slice(0, 40))}`);
  }
});

test('many lines and many headings parse in linear time', () => {
  const cases = ['\n'.repeat(5_000_000), '一、总体情况\n'.repeat(300_000), '2020年1月1日起至2020年12月31日止\n'.repeat(100_000), 'x\t1\n'.repeat(500_000)];
  for (const text of cases) {
    const ms = timed(text);
    assert.ok(ms < LIMIT_MS, `${ms.toFixed(0)} ms for ${JSON.stringify(text.slice(0, 40))}`);
  }
});
