import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../test/report-builder';
import { loadSeeds } from '../test/seeds';
import { formatDecimal } from './decimal';
import type { Cell, Row, Table } from './model';
import { parseReport } from './parse';
import { cellKey, TABLE3_2023, TABLE4, tableSpec, type TableId } from './spec';
import { documentTableStyle, migrateTable, renderReportSkeleton, renderTableTemplate, type TemplateStyle } from './templates';

import { dataRows, IDS, STYLES } from '../test/template-lines';

const SEED_000 = loadSeeds().find((s) => s.name.startsWith('000_'))!;

test('migrating seed 000\'s 2019 tables: 表三 and 表四 carried but the one-row （六）, 表二 only 处理决定数量', () => {
  const { report } = buildReport(SEED_000.truth.cells, { s2: '2019', s3: '2019', s4: '2023' });
  const cells = SEED_000.truth.cells;

  const s3 = migrateTable(report.tables.s3!, 'tab');
  const rows3 = dataRows('s3', s3.text, 'tab');
  TABLE3_2023.rows.forEach((row, i) => {
    const expected = row.columns.map((c) => {
      const v = row.key.startsWith('other.') ? null : cells[cellKey('s3', row.key, c.key)];
      return v === null || v === undefined ? '' : String(v);
    });
    assert.deepEqual(rows3[i]!.values, expected, row.key);
  });
  assert.equal(rows3.find((r) => r.label.includes('本机关不掌握'))!.values.at(-1), '57');
  assert.deepEqual(s3.notCarried, ['（六）其他处理']);
  assert.deepEqual(s3.notCarriedEn, ['(6) Other handling']);
  assert.equal(s3.droppedKeys.length, 7);

  const s4 = migrateTable(report.tables.s4!, 'pipe');
  const rows4 = dataRows('s4', s4.text, 'pipe');
  assert.deepEqual(rows4.map((r) => r.values), TABLE4.rows.map((row) => row.columns.map((c) => {
    const v = cells[cellKey('s4', row.key, c.key)];
    return v === null || v === undefined ? '' : String(v);
  })));
  assert.deepEqual(s4.notCarried, []);

  const s2 = migrateTable(report.tables.s2!, 'pipe');
  const rows2 = dataRows('s2', s2.text, 'pipe');
  const byLabel = new Map(rows2.map((r) => [r.label, r.values]));
  assert.deepEqual(byLabel.get('规章'), ['', '', ''], '(一) columns changed meaning: left blank');
  assert.deepEqual(byLabel.get('行政规范性文件'), ['', '', '']);
  assert.deepEqual(byLabel.get('行政许可'), [String(cells['s2.licensing.decisions'])]);
  assert.deepEqual(byLabel.get('行政处罚'), [String(cells['s2.penalty.decisions'])]);
  assert.deepEqual(byLabel.get('行政强制'), [String(cells['s2.coercion.decisions'])]);
  assert.deepEqual(byLabel.get('行政事业性收费'), ['']);
  assert.deepEqual(s2.notCarried, [
    '规章：本年新制作数量，本年新公开数量，对外公开总数量',
    '规范性文件：本年新制作数量，本年新公开数量，对外公开总数量',
    '行政许可：上一年项目数量，本年增/减',
    '其他对外管理服务事项',
    '行政处罚：上一年项目数量，本年增/减',
    '行政强制：上一年项目数量，本年增/减',
    '行政事业性收费：上一年项目数量，本年增/减',
    '政府集中采购',
  ]);
  assert.equal(s2.notCarriedEn[3], 'Other external management services');
});

test('migration carries an annotated number as printed and lists nothing for blank old cells', () => {
  const { report } = buildReport(
    { 's2.licensing.decisions': '20（其中修订16件）', 's2.other_services.decisions': null, 's2.rules.new_made': 3 },
    { s2: '2019' },
  );
  const table = report.tables.s2!;
  const annotated = table.cells.get('s2.licensing.decisions')!;
  const patched = new Map(table.cells);
  patched.set(annotated.key, { ...annotated, value: { kind: 'number', value: { units: 20n, scale: 0 }, annotation: '（其中修订16件）' } });
  const m = migrateTable({ ...table, cells: patched }, 'tab');
  assert.ok(m.text.includes('行政许可\t20（其中修订16件）\n'));
  assert.deepEqual(m.notCarried, ['规章：本年新制作数量']);
});

test('a 2023 table migrates to itself', () => {
  const values: Record<string, number> = {};
  for (const row of TABLE3_2023.rows) for (const c of row.columns) values[cellKey('s3', row.key, c.key)] = row.key.length + c.key.length;
  const { report } = buildReport(values, { s3: '2023' });
  const m = migrateTable(report.tables.s3!, 'pipe');
  assert.equal(m.text, renderTableTemplate('s3', 'pipe', new Map(Object.entries(values).map(([k, v]) => [k, String(v)]))));
  assert.deepEqual(m.notCarried, []);
});

// ---- round trip through the parser -----------------------------------------------------------

type Fill = 'all' | 'none' | 'first-blank' | 'last-blank' | 'alternate';

/** Values for every cell of the three 2023 tables: distinct numbers, some left blank by pattern. */
function fillValues(fill: Fill): Map<string, string> {
  const values = new Map<string, string>();
  let n = 1;
  for (const id of IDS) {
    for (const row of tableSpec(id, '2023').rows) {
      row.columns.forEach((column, i) => {
        const last = i === row.columns.length - 1;
        const blank = fill === 'none' || (fill === 'first-blank' && i === 0) || (fill === 'last-blank' && last && row.columns.length > 1) ||
          (fill === 'alternate' && (n % 2 === 0));
        if (!blank) values.set(cellKey(id, row.key, column.key), String(n));
        n++;
      });
    }
  }
  return values;
}

function skeletonWith(style: TemplateStyle, values: ReadonlyMap<string, string>): string {
  let text = renderReportSkeleton({ year: 2024, agency: '某某县人民政府办公室', style, headingPrefix: style === 'pipe' ? '## ' : '' });
  for (const id of IDS) text = text.replace(renderTableTemplate(id, style), renderTableTemplate(id, style, values));
  return text;
}

function assertRoundTrip(text: string, values: ReadonlyMap<string, string>, id: TableId, what: string): void {
  const report = parseReport(text);
  assert.deepEqual(report.sections.map((s) => s.index), [1, 2, 3, 4, 5, 6], `${what}: sections`);
  assert.equal(report.year, 2024, `${what}: year`);
  const table: Table | undefined = report.tables[id];
  assert.ok(table, `${what}: ${id} found`);
  assert.equal(table.edition, '2023', `${what}: ${id} edition`);
  assert.deepEqual(table.missingRows, [], `${what}: ${id} missing rows`);
  assert.deepEqual(table.ambiguities, [], `${what}: ${id} ambiguities`);
  for (const spec of tableSpec(id, '2023').rows) {
    const row: Row | undefined = table.rows.find((r) => r.key === spec.key);
    assert.ok(row, `${what}: ${id} row ${spec.key}`);
    assert.equal(row.shape, undefined, `${what}: ${id} row ${spec.key} shape`);
    if (id !== 's4') assert.equal(row.label.trim(), spec.label, `${what}: ${id} label of ${spec.key}`);
    for (const column of spec.columns) {
      const key = cellKey(id, spec.key, column.key);
      const cell: Cell | undefined = table.cells.get(key);
      assert.ok(cell, `${what}: cell ${key}`);
      const got: string = cell.value.kind === 'number' ? formatDecimal(cell.value.value) : cell.value.kind === 'blank' ? '' : `invalid ${cell.raw}`;
      assert.equal(got, values.get(key) ?? '', `${what}: value of ${key}`);
    }
  }
}

for (const style of STYLES) {
  for (const fill of ['all', 'first-blank', 'alternate', 'last-blank', 'none'] as const) {
    for (const id of IDS) {
      test(`round trip, ${style}, ${fill} cells filled: ${id} in a skeleton parses back, every row, label and value`, () => {
        const values = fillValues(fill);
        assertRoundTrip(skeletonWith(style, values), values, id, `${style} ${fill}`);
      });
    }
  }
}

test('round trip: seed 000\'s 2019 tables migrated in place parse back as 2023 tables with the carried values', () => {
  const report = parseReport(SEED_000.text);
  let text = report.text;
  const carried = new Map<string, string>();
  for (const id of ['s4', 's3', 's2'] as const) {
    const table = report.tables[id]!;
    const m = migrateTable(table, documentTableStyle(report));
    for (const [key, v] of Object.entries(SEED_000.truth.cells)) {
      if (key.startsWith(`${id}.`) && v !== null && tableSpec(id, '2023').rows.some((r) => r.columns.some((c) => cellKey(id, r.key, c.key) === key))) carried.set(key, String(v));
    }
    text = `${text.slice(0, table.span.start)}${m.text}${text.slice(table.span.end)}`;
  }
  const migrated = parseReport(text);
  for (const id of IDS) {
    const table = migrated.tables[id]!;
    assert.equal(table.edition, '2023', id);
    for (const row of tableSpec(id, '2023').rows) {
      for (const column of row.columns) {
        const key = cellKey(id, row.key, column.key);
        const cell = table.cells.get(key);
        const got = cell?.value.kind === 'number' ? formatDecimal(cell.value.value) : cell?.value.kind === 'blank' ? '' : `?${cell?.raw}`;
        assert.equal(got, carried.get(key) ?? '', key);
      }
    }
  }
});
