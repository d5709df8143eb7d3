import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkReport } from '../check';
import { applyEdits, fixAllEdits } from '../fix-all';

const seed = (prefix: string): string => {
  const dir = join(__dirname, '../../../../test-fixtures/seeds');
  return readFileSync(join(dir, readdirSync(dir).find((n) => n.startsWith(prefix))!), 'utf8');
};

test('the label fix in a space-separated table touches only the row’s own label, not the group labels before it', () => {
  const line = '三、 本 年 度 办 理 结 果\t(三) 不予公开\t8. 属于行政查询事项\t0';
  const text = seed('004').replace(line, '三、 本 年 度 办 理 结 果 (三) 不予公开 8. 属于行政查询事項 0');
  const finding = checkReport(text).findings.find((f) => f.code === 'GR205');
  assert.ok(finding, 'the typo is found');
  const [edit] = finding.fixes![0]!.edits;
  assert.equal(text.slice(edit!.span.start, edit!.span.end), '8. 属于行政查询事項');
  const fixed = applyEdits(text, finding.fixes![0]!.edits);
  assert.ok(fixed.includes('三、 本 年 度 办 理 结 果 (三) 不予公开 8.属于行政查询事项 0'), 'group labels kept');
  const clean = seed('004').replace(line, '三、 本 年 度 办 理 结 果 (三) 不予公开 8. 属于行政查询事项 0');
  assert.ok(!checkReport(clean).findings.some((f) => f.code === 'GR205'), 'group labels on the row’s line are no typo');
});

test('GR106 never flags 表四 (the same in both editions); migration keeps CRLF and fix-all never fills what the old table did not report', () => {
  const text = seed('000').replace(/2020/g, '2023').replace(/\r?\n/g, '\r\n');
  const { findings } = checkReport(text);
  const outdated = findings.filter((f) => f.code === 'GR106');
  assert.ok(outdated.length >= 1, 'the 2019 tables of a 2023 report are outdated');
  const report = checkReport(text).report;
  assert.ok(!outdated.some((f) => report.tables.s4 && f.span.start >= report.tables.s4.span.start && f.span.start < report.tables.s4.span.end), 'not 表四');
  for (const f of outdated) {
    const fix = f.fixes![0]!;
    for (const e of fix.edits) assert.ok(!/(^|[^\r])\n/.test(e.newText), 'inserted text follows the document’s CRLF');
    const migrated = applyEdits(text, fix.edits);
    const blanksBefore = checkReport(migrated).report.tables.s2?.rows.flatMap((r) => r.cells).filter((c) => c.value.kind === 'blank').length ?? 0;
    const after = applyEdits(migrated, fixAllEdits(checkReport(migrated).findings));
    const blanksAfter = checkReport(after).report.tables.s2?.rows.flatMap((r) => r.cells).filter((c) => c.value.kind === 'blank').length ?? 0;
    assert.equal(blanksAfter, blanksBefore, 'fix-all leaves the cells the old table did not report blank');
  }
});

test('the insert-section and insert-table fixes follow CRLF', () => {
  const text = seed('000').replace(/\r?\n/g, '\r\n');
  const cut = text.replace(/#+ ?五、存在的主要问题及改进情况/, '');
  for (const f of checkReport(cut).findings.filter((x) => x.code === 'GR102' || x.code === 'GR105')) {
    for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(!/(^|[^\r])\n/.test(e.newText), `${f.code}: no bare LF`);
  }
});
