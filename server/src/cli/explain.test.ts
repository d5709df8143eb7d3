import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { explainCell } from '../core/explain';
import { parseReport } from '../core/parse';
import { lineStartsOf, offsetToPosition } from '../core/positions';
import { cli, SEEDS, SEEDS_DIR, seedText } from './test-support';
import { cellText } from './explain-text';

test('explain <file> <line>:<col> prints what the hover shows for the cell there', async () => {
  for (const seed of SEEDS) {
    const text = seedText(seed);
    const report = parseReport(text);
    const cells = [...(report.tables.s3?.cells.values() ?? []), ...(report.tables.s4?.cells.values() ?? [])]
      .filter((c) => c.value.kind === 'number');
    assert.ok(cells.length > 0, seed);
    const starts = lineStartsOf(text);
    // First, middle and last number cell of 表三/表四.
    for (const cell of [cells[0]!, cells[cells.length >> 1]!, cells.at(-1)!]) {
      const p = offsetToPosition(starts, cell.span.start, text);
      const at = `${p.line + 1}:${p.character + 1}`;
      const run = await cli(['explain', join(SEEDS_DIR, seed), at]);
      assert.equal(run.code, 0, `${seed} ${at} ${run.stderr}`);
      const expected = explainCell(report, cell.key, 'zh-CN')!;
      assert.equal(run.stdout, `${cellText(expected, 'zh-CN')}\n`);
      assert.ok(run.stdout.includes(expected.path), run.stdout);
      const json = JSON.parse((await cli(['explain', join(SEEDS_DIR, seed), at, '--format', 'json', '--locale', 'en'])).stdout);
      assert.equal(json.key, cell.key);
      assert.ok(Array.isArray(json.equations) && json.equations.length > 0, `${seed} ${cell.key}`);
      assert.ok(json.equations.every((e: { holds: boolean | null }) => e.holds !== false), `${seed} ${cell.key}: the seeds balance`);
    }
  }
});

test('explain where there is no cell: exit 2 with one line', async () => {
  const file = join(SEEDS_DIR, SEEDS[0]!);
  for (const at of ['1:1', '99999:1']) {
    const run = await cli(['explain', file, at]);
    assert.equal(run.code, 2, at);
    assert.match(run.stderr, new RegExp(`${at} 处没有表格单元格`));
    assert.equal(run.stdout, '');
  }
});
