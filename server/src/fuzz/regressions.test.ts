import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from '../core/parse';
import { checkInvariants } from './invariants';

/**
 * Inputs the fuzzer found breaking an invariant (shrunk), kept after the fix so the bug stays
 * fixed. Each names what broke; the whole invariant set runs on each.
 */
const FOUND: readonly { readonly input: string; readonly broke: string }[] = [
  // An HTML cell left open to the end of the region: the text before it was read twice, so a row's
  // label came out of source order and its span ended before it started (GR108 on an inverted range).
  { input: '申请人情况 0\n<td>行政法规禁止公开', broke: 'span: row denied.law {start: 12, end: 7}' },
];

describe('fuzzer findings stay fixed', () => {
  for (const { input, broke } of FOUND) {
    it(`${JSON.stringify(input).slice(0, 60)} (broke ${broke})`, () => {
      assert.deepEqual(checkInvariants(input), []);
    });
  }

  it('an unclosed HTML cell is read once, the text before it once', () => {
    const text = '<table><tr><td>一、本年新收政府信息公开申请数量<td>1<td>2<td>3<td>4<td>5<td>6<td>21\n';
    const row = parseReport(`三、收到和处理政府信息公开申请情况\n${text}`).tables.s3?.rows.find((r) => r.key === 'new');
    assert.ok(row, 'the row is read');
    assert.deepEqual(row.cells.map((c) => c.raw), ['1', '2', '3', '4', '5', '6', '21']);
  });
});
