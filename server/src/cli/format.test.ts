import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, formatExtractCsv } from './format-csv';
import { SPEC_KEY_ORDER, sortKeys } from './extract-cells';

test('CSV fields are quoted only when needed, quotes doubled', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(12.5), '12.5');
});

test('cell keys follow the spec: tables in order, 2019-only rows where the 2019 table has them', () => {
  assert.equal(new Set(SPEC_KEY_ORDER).size, SPEC_KEY_ORDER.length);
  const at = (k: string) => SPEC_KEY_ORDER.indexOf(k);
  for (const k of ['s2.rules.issued', 's2.rules.new_made', 's3.new.natural', 's3.other.total', 's3.other.no_correction.natural', 's4.review.upheld']) assert.ok(at(k) >= 0, k);
  assert.ok(at('s2.fees.amount') < at('s3.new.natural'));
  assert.ok(at('s3.new.natural') < at('s3.new.total'));
  assert.ok(at('s3.rejected.confirm.total') < at('s3.other.natural'));
  assert.ok(at('s3.other.total') < at('s3.other.no_correction.natural'));
  assert.ok(at('s3.carry_over.total') < at('s4.review.upheld'));
  assert.deepEqual(sortKeys(['zz.unknown', 's4.review.total', 's3.new.natural']), ['s3.new.natural', 's4.review.total', 'zz.unknown']);
});

test('CSV: header of the union of keys, one row per file, blank and absent cells empty, a totals row', () => {
  const base = { status: 'extracted' as const, encoding: 'utf-8' as const, edition: '2019' as const, sections: ['一', '二'] };
  const csv = formatExtractCsv([
    { ...base, file: 'a,1.txt', agency: '某"局"', year: 2020, cells: { 's3.new.total': 5, 's3.new.natural': 3 } },
    { ...base, file: 'b.txt', agency: null, year: null, cells: { 's4.review.total': null } },
  ]);
  assert.ok(csv.startsWith('\uFEFF'));
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines[0], 'file,agency,year,edition,sections,s3.new.natural,s3.new.total,s4.review.total');
  assert.equal(lines[1], '"a,1.txt","某""局""",2020,2019,一、二,3,5,');
  assert.equal(lines[2], 'b.txt,,,2019,一、二,,,');
  assert.equal(lines[3], '合计（2 份报告）,,,,,3,5,');
  assert.equal(lines[4], '');
  const one = formatExtractCsv([{ ...base, file: 'a.txt', agency: null, year: null, cells: { 's3.new.total': 5 } }]);
  assert.equal(one.trimEnd().split('\r\n').length, 2, 'no totals row for a single file');
});

test('CSV totals are exact: amounts in 万元 add without floating-point error', () => {
  const base = { status: 'extracted' as const, encoding: 'utf-8' as const, edition: '2023' as const, sections: [], agency: null, year: null };
  const csv = formatExtractCsv([
    { ...base, file: 'a', cells: { 's2.fees.amount': 0.1 } },
    { ...base, file: 'b', cells: { 's2.fees.amount': 0.2 } },
    { ...base, file: 'c', cells: { 's2.fees.amount': 11522.96 } },
  ], 'en');
  assert.equal(csv.trimEnd().split('\r\n').at(-1), 'Total (3 reports),,,,,11523.26');
});

