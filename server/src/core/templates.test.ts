import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../test/report-builder';
import { loadSeeds } from '../test/seeds';
import { formatDecimal } from './decimal';
import type { Cell, Report, Row, Table, TableStyle } from './model';
import { parseReport } from './parse';
import {
  cellKey, SECTIONS, TABLE2_2023, TABLE3_2023, TABLE3_APPLICANT_HEADER, TABLE3_COLUMNS, TABLE3_NOTE, TABLE3_ORGANISATION_HEADER,
  TABLE3_RESULTS_GROUP, TABLE4, TABLE4_COLUMNS, TABLE4_SUIT_HEADER, tableSpec, type TableId,
} from './spec';
import { TABLE2_CONTENT_HEADER } from './spec/layout';
import { documentTableStyle, migrateTable, renderReportSkeleton, renderTableTemplate, type TemplateStyle } from './templates';

const IDS: readonly TableId[] = ['s2', 's3', 's4'];
const STYLES: readonly TemplateStyle[] = ['pipe', 'tab'];

/** Cells of a printed line: pipe rows without their outer bars (`\|` kept as text), tab rows split on tabs. */
function cellsOf(line: string, style: TemplateStyle): string[] {
  if (style === 'tab') return line.split('\t');
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

const isDelimiter = (line: string): boolean => /^\|( -{3,} \|)+$/.test(line);

/** The printed lines of a template, the pipe delimiter row left out. */
function lines(text: string, style: TemplateStyle): string[][] {
  return text.replace(/\n$/, '').split('\n').filter((l) => !isDelimiter(l)).map((l) => cellsOf(l, style));
}

/** For each spec row (表四: its group), the printed line holding it and its value cells. */
function dataRows(id: TableId, text: string, style: TemplateStyle): { label: string; values: string[] }[] {
  const spec = tableSpec(id, '2023');
  const printed = lines(text, style);
  if (id === 's4') {
    const last = printed[printed.length - 1]!;
    return TABLE4.rows.map((row, i) => ({ label: row.label, values: last.slice(i * 5, i * 5 + 5) }));
  }
  return spec.rows.map((row) => {
    const line = printed.find((cells) => cells.includes(row.label));
    assert.ok(line, `row ${row.key} printed`);
    const at = line.indexOf(row.label);
    // Right after its label, exactly the row's cells; only 表二's pipe rows are padded after them.
    const after = line.slice(at + 1);
    const values = after.slice(0, row.columns.length);
    if (id === 's2' && style === 'pipe') assert.ok(after.slice(row.columns.length).every((c) => c === ''), `${row.key}: padding empty`);
    else assert.equal(after.length, row.columns.length, `${id} ${style} ${row.key}: no cell between the label and the numbers`);
    return { label: line[at]!, values };
  });
}

test('every template prints every row of the 2023 spec, labels exactly as the spec, in order', () => {
  for (const id of IDS) {
    for (const style of STYLES) {
      const text = renderTableTemplate(id, style);
      const rows = dataRows(id, text, style);
      assert.deepEqual(rows.map((r) => r.label), tableSpec(id, '2023').rows.map((r) => r.label), `${id} ${style}`);
      assert.ok(rows.every((r) => r.values.every((v) => v === '')), `${id} ${style}: cells blank`);
      const lineOrder = text.split('\n');
      const positions = tableSpec(id, '2023').rows.map((r) => lineOrder.findIndex((l) => l.includes(r.label)));
      assert.deepEqual([...positions].sort((a, b) => a - b), positions, `${id} ${style}: spec order`);
    }
  }
});

test('every text of a template comes from the spec: no label retyped', () => {
  const known = new Set<string>([
    '', TABLE2_CONTENT_HEADER, TABLE3_NOTE, TABLE3_APPLICANT_HEADER, TABLE3_ORGANISATION_HEADER, TABLE3_RESULTS_GROUP, TABLE4_SUIT_HEADER,
    ...[TABLE2_2023, TABLE3_2023, TABLE4].flatMap((s) => s.rows.flatMap((r) => [r.label, r.group ?? '', r.block ?? '', ...r.columns.map((c) => c.label)])),
  ]);
  for (const id of IDS) {
    for (const style of STYLES) {
      const unknown = lines(renderTableTemplate(id, style), style).flat().filter((c) => !known.has(c));
      assert.deepEqual(unknown, [], `${id} ${style}`);
    }
  }
  const s3 = renderTableTemplate('s3', 'pipe');
  for (const text of [TABLE3_NOTE, TABLE3_APPLICANT_HEADER, TABLE3_ORGANISATION_HEADER, '（三）不予公开', '（六）其他处理', TABLE3_RESULTS_GROUP]) {
    assert.ok(s3.includes(text), text);
  }
  const s2 = renderTableTemplate('s2', 'tab');
  for (const block of ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']) assert.ok(s2.includes(block), block);
  assert.ok(!s2.includes('第二十条第（九）项'), 'the 2023 template has no 第九项');
});

test('表三 group labels sit on the line of the group\'s first row, never on a line of their own', () => {
  for (const style of STYLES) {
    const printed = lines(renderTableTemplate('s3', style), style);
    for (const group of ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理', TABLE3_RESULTS_GROUP]) {
      const line = printed.find((cells) => cells.includes(group))!;
      assert.ok(TABLE3_2023.rows.some((r) => line.includes(r.label)), `${style}: ${group} shares a line with a row`);
    }
    // The one-row （六） of 2019 must not appear as a row: （六）其他处理 is followed by item 1 on its line.
    const six = printed.find((cells) => cells.includes('（六）其他处理'))!;
    assert.equal(six[six.indexOf('（六）其他处理') + 1], TABLE3_2023.rows.find((r) => r.key === 'other.no_correction')!.label);
  }
});

test('pipe output is a valid GFM table: header, delimiter row, the same number of cells on every line', () => {
  for (const id of IDS) {
    const text = renderTableTemplate(id, 'pipe', new Map([[cellKey(id, tableSpec(id, '2023').rows[0]!.key, tableSpec(id, '2023').rows[0]!.columns[0]!.key), 'a|b']]));
    const all = text.replace(/\n$/, '').split('\n');
    assert.ok(all.every((l) => l.startsWith('| ') || l.startsWith('|')) && all.every((l) => l.endsWith('|')), id);
    assert.ok(isDelimiter(all[1]!), `${id}: second line is the delimiter row`);
    const widths = all.map((l) => cellsOf(l, 'pipe').length);
    assert.equal(new Set(widths).size, 1, `${id}: widths ${widths.join(',')}`);
    assert.equal(all.filter(isDelimiter).length, 1);
    assert.ok(text.includes('a\\|b'), 'a pipe in a value is escaped');
  }
  assert.equal(cellsOf(renderTableTemplate('s3', 'pipe').split('\n')[0]!, 'pipe').length, 3 + TABLE3_COLUMNS.length);
  assert.equal(cellsOf(renderTableTemplate('s4', 'pipe').split('\n')[0]!, 'pipe').length, 3 * TABLE4_COLUMNS.length);
});

test('tab output: each row has exactly its cells after its label, header lines carry no trailing tabs', () => {
  const s3 = renderTableTemplate('s3', 'tab').split('\n');
  const first = s3.find((l) => l.startsWith(TABLE3_2023.rows[0]!.label))!;
  assert.equal(first, `${TABLE3_2023.rows[0]!.label}${'\t'.repeat(7)}`);
  const secret = s3.find((l) => l.includes('1.属于国家秘密'))!;
  assert.equal(secret, `\t（三）不予公开\t1.属于国家秘密${'\t'.repeat(7)}`);
  assert.equal(s3[0], `${TABLE3_NOTE}\t${TABLE3_APPLICANT_HEADER}`);
  const s4 = renderTableTemplate('s4', 'tab').replace(/\n$/, '').split('\n');
  assert.equal(s4[s4.length - 1], '\t'.repeat(14), '表四: one line of fifteen blank cells');
  assert.equal(renderTableTemplate('s2', 'tab').split('\n').find((l) => l.startsWith('行政许可')), '行政许可\t');
});

test('values fill their cells, by key, in both styles', () => {
  for (const id of IDS) {
    const spec = tableSpec(id, '2023');
    const values = new Map(spec.rows.flatMap((r) => r.columns.map((c) => [cellKey(id, r.key, c.key), `v${r.key}.${c.key}`] as const)));
    for (const style of STYLES) {
      const rows = dataRows(id, renderTableTemplate(id, style, values), style);
      rows.forEach((printed, i) => {
        const row = spec.rows[i]!;
        assert.deepEqual(printed.values, row.columns.map((c) => `v${row.key}.${c.key}`), `${id} ${style} ${row.key}`);
      });
    }
  }
});

function reportWithStyles(text: string, styles: TableStyle[]): Report {
  const { report } = buildReport({}, { s2: '2023', s3: '2023', s4: '2023' });
  const ids: TableId[] = ['s2', 's3', 's4'];
  const tables: Report['tables'] = {};
  styles.forEach((style, i) => { tables[ids[i]!] = { ...report.tables[ids[i]!]!, style }; });
  return { ...report, text, tables };
}

test('documentTableStyle follows the document', () => {
  assert.equal(documentTableStyle(reportWithStyles('# 标题\n', ['tab', 'tab'])), 'tab', 'tab tables in a Markdown file stay tab');
  assert.equal(documentTableStyle(reportWithStyles('text', ['cell-per-line', 'pipe'])), 'pipe');
  assert.equal(documentTableStyle(reportWithStyles('text', ['cell-per-line'])), 'tab');
  assert.equal(documentTableStyle(reportWithStyles('## 二、\n', ['html', 'space'])), 'tab');
  assert.equal(documentTableStyle(reportWithStyles('| a | b |\n| --- | --- |\n| 1 | 2 |\n', ['html'])), 'pipe', 'Markdown pipes elsewhere');
  assert.equal(documentTableStyle(reportWithStyles('标题\n\n## 一、总体情况\n', [])), 'pipe', 'no table, Markdown headings');
  assert.equal(documentTableStyle(reportWithStyles('标题\n\n一、总体情况\n#不是标题', [])), 'tab', 'no table, plain text');
});

test('the report skeleton: title, period, the six headings in the document style, three tables, 信息处理费 in 六', () => {
  for (const [prefix, expectHeading, expectTitle] of [
    ['## ', (t: string) => `## ${t}`, (t: string) => `# ${t}`],
    ['### ', (t: string) => `### ${t}`, (t: string) => `## ${t}`],
    ['**', (t: string) => `**${t}**`, (t: string) => `**${t}**`],
    ['', (t: string) => t, (t: string) => t],
  ] as const) {
    const text = renderReportSkeleton({ year: 2024, agency: '某某县人民政府办公室', style: prefix ? 'pipe' : 'tab', headingPrefix: prefix });
    const all = text.split('\n');
    assert.equal(all[0], expectTitle('某某县人民政府办公室2024年政府信息公开工作年度报告'), prefix);
    assert.ok(text.includes('本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。'));
    const positions = SECTIONS.map((s) => all.indexOf(expectHeading(`${s.numeral}、${s.title}`)));
    assert.ok(positions.every((p) => p > 0), `${JSON.stringify(prefix)}: every heading on its own line`);
    assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'in order');
    const style = prefix ? 'pipe' : 'tab';
    for (const [i, id] of [[1, 's2'], [2, 's3'], [3, 's4']] as const) {
      const body = all.slice(positions[i]!, positions[i + 1]).join('\n');
      assert.ok(body.includes(renderTableTemplate(id, style).replace(/\n$/, '')), `${id} under its section`);
    }
    const six = all.slice(positions[5]).join('\n');
    assert.match(six, /信息处理费/);
    assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
  }
});

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
