import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COUNT_PATTERN, countMatches } from './prose-figures';
import { describeGrowth, GROWTH_FACTOR, LINEAR_LIMIT, measureGrowth } from '../fuzz/growth';

const byRegex = (text: string) =>
  [...text.matchAll(COUNT_PATTERN)].map((m) => ({ start: m.index!, figure: m[1]!, length: m[0].length }));

/** Deterministic pseudo-random strings over the characters that matter (and one that does not). */
function* randomTexts(count: number, seed: number): Iterable<string> {
  const alphabet = ['1', '2', '0', '９', ',', '，', '二', '十', '万', ' ', '\u3000', '件', '个', '条', '收', '。'];
  let x = seed >>> 0;
  const next = (n: number): number => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x % n;
  };
  for (let i = 0; i < count; i++) {
    let s = '';
    const length = 1 + next(24);
    for (let k = 0; k < length; k++) s += alphabet[next(alphabet.length)];
    yield s;
  }
}

describe('countMatches', () => {
  it('reads figures with their counters', () => {
    assert.deepEqual(countMatches('收到申请20件，予以公开1,234 条，其中二十个'), [
      { start: 4, figure: '20', length: 3 },
      { start: 12, figure: '1,234', length: 7 },
      { start: 22, figure: '二十', length: 3 },
    ]);
  });

  it('takes the leftmost figure a regex search would take', () => {
    for (const text of ['1234,567件', '1,2345件', '12,345,678 件', ',123件', '3十件', '十3件', '1,件', '件', '9 9件']) {
      assert.deepEqual(countMatches(text), byRegex(text), text);
    }
  });

  it('finds exactly the matches of its regex definition', () => {
    for (const text of randomTexts(20000, 7)) assert.deepEqual(countMatches(text), byRegex(text), JSON.stringify(text));
  });

  it('stays linear on a long run of digits before a counter', () => {
    const text = (digits: number): string => `${'9'.repeat(digits)},9件`;
    const large = text(200_000);
    assert.deepEqual(countMatches(large), [{ start: large.length - 2, figure: '9', length: 2 }]);
    const growth = measureGrowth(text(200_000 / GROWTH_FACTOR), large, (t) => { countMatches(t); });
    assert.ok(growth.ratio <= LINEAR_LIMIT, describeGrowth(growth));
  });

});
