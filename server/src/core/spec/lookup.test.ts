import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TABLE2_2019, TABLE2_2023 } from './table2';
import { TABLE3_2019, TABLE3_2023, TABLE3_RESULTS_GROUP } from './table3';
import { TABLE4 } from './table4';
import { comparableLabel, formsOf } from './lookup';
import { subgroupLabel } from './paths';

const nfkc = (label: string): string => label.normalize('NFKC').replace(/\s+/g, '');

test('comparableLabel equals NFKC without spaces, on every character and on labels mixing them', () => {
  for (let code = 0; code < 0x10000; code++) {
    const c = String.fromCharCode(code);
    assert.equal(comparableLabel(c), nfkc(c), `U+${code.toString(16)}`);
  }
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const alphabet = [...'（）()、。.,0１２3一二三总计予以公开 　\t①⑴ａＡｶﾞ\u3099\u309a\u0301eé'];
  for (let i = 0; i < 5000; i++) {
    const label = Array.from({ length: 1 + (next() % 12) }, () => alphabet[next() % alphabet.length]).join('');
    assert.equal(comparableLabel(label), nfkc(label), JSON.stringify(label));
  }
});

test('every spec row: its accepted forms are NFKC forms; a sub-item names the label of its group', () => {
  for (const spec of [TABLE2_2023, TABLE2_2019, TABLE3_2023, TABLE3_2019, TABLE4]) {
    for (const row of spec.rows) {
      assert.equal(formsOf(row).accepted[0], nfkc(row.label));
      const prefix = row.key.includes('.') ? row.key.split('.')[0] : undefined;
      const first = prefix ? spec.rows.find((r) => r.key.startsWith(`${prefix}.`)) : undefined;
      assert.equal(subgroupLabel(spec, row.key), first?.group, `${spec.id} ${row.key}`);
      const group = first?.group ?? '';
      assert.deepEqual(formsOf(row).groupPrefixes, [TABLE3_RESULTS_GROUP + group, group, TABLE3_RESULTS_GROUP].filter(Boolean).map(nfkc), `${spec.id} ${row.key}`);
    }
  }
});
