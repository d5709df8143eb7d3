import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport } from '../core/check';
import { formatDecimal } from '../core/decimal';
import { offsetToPosition } from '../core/positions';
import { loadSeeds } from './seeds';

const seeds = loadSeeds();
const seed = (prefix: string) => seeds.find((s) => s.name.startsWith(prefix))!;

test('no arithmetic finding on any of the five seeds (all of them balance)', () => {
  for (const s of seeds) {
    const arithmetic = checkReport(s.text).findings.filter((f) => f.code.startsWith('GR3'));
    assert.deepEqual(arithmetic.map((f) => `${s.name} ${f.code} ${f.message.en}`), []);
  }
});

test('seed 000: the five blank 表四 行政复议 cells are reported as one finding on their row', () => {
  const blanks = checkReport(seed('000').text).findings.filter((f) => f.code === 'GR201');
  assert.equal(blanks.length, 1);
  assert.deepEqual([...blanks[0]!.cells!].sort(),
    ['s4.review.corrected', 's4.review.other', 's4.review.pending', 's4.review.total', 's4.review.upheld']);
});

test('seed 001: the `2、` heading is reported', () => {
  const s = seed('001');
  const found = checkReport(s.text).findings.filter((f) => f.code === 'GR104');
  assert.equal(found.length, 1);
  assert.equal(s.text.slice(found[0]!.span.start, found[0]!.span.end), '2、');
});

test('seed 002: the signing date before the period end is reported', () => {
  const s = seed('002');
  const found = checkReport(s.text).findings.filter((f) => f.code === 'GR402');
  assert.equal(found.length, 1);
  assert.equal(s.text.slice(found[0]!.span.start, found[0]!.span.end), '2020年1月26日');
});

// Where the other sums tell which cell broke, the finding sits on it; where they cannot, on the total it breaks,
// with the changed cell among the cells it is about.
test('changing any one number of 表三 or 表四 in any seed yields an arithmetic finding on that line or about that cell', () => {
  let mutations = 0;
  for (const s of seeds) {
    const { report } = checkReport(s.text);
    for (const id of ['s3', 's4'] as const) {
      const table = report.tables[id];
      assert.ok(table, `${s.name} has ${id}`);
      for (const cell of table.cells.values()) {
        if (cell.value.kind !== 'number') continue;
        const changed = formatDecimal({ units: cell.value.value.units + 1n, scale: cell.value.value.scale });
        const text = s.text.slice(0, cell.span.start) + changed + s.text.slice(cell.span.end);
        const line = offsetToPosition(report.lineStarts, cell.span.start).line;
        const mutated = checkReport(text);
        const hits = mutated.findings.filter((f) => /^GR30[1-4]$/.test(f.code)).filter((f) => {
          const from = offsetToPosition(mutated.report.lineStarts, f.span.start).line;
          const to = offsetToPosition(mutated.report.lineStarts, f.span.end).line;
          return (from <= line && line <= to) || f.cells?.includes(cell.key);
        });
        assert.ok(hits.length > 0, `${s.name}: ${cell.key} ${cell.raw} → ${changed} on line ${line + 1} not caught`);
        const spanning = mutated.findings.filter((f) => f.code !== 'GR102' &&
          offsetToPosition(mutated.report.lineStarts, f.span.start).line !== offsetToPosition(mutated.report.lineStarts, f.span.end).line);
        assert.deepEqual(spanning.map((f) => f.code), [], `${s.name}: ${cell.key} → ${changed}: a range spans lines`);
        mutations++;
      }
    }
  }
  assert.ok(mutations > 500, `only ${mutations} cells mutated`);
});
