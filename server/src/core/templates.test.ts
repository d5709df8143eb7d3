import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../test/report-builder';
import type { Report, TableStyle } from './model';
import {
  cellKey, SECTIONS, TABLE2_2023, TABLE3_2023, TABLE3_APPLICANT_HEADER, TABLE3_COLUMNS, TABLE3_NOTE, TABLE3_ORGANISATION_HEADER,
  TABLE3_RESULTS_GROUP, TABLE4, TABLE4_COLUMNS, TABLE4_SUIT_HEADER, tableSpec, type TableId,
} from './spec';
import { TABLE2_CONTENT_HEADER } from './spec/layout';
import { documentTableStyle, renderReportSkeleton, renderTableTemplate } from './templates';

import { cellsOf, dataRows, IDS, isDelimiter, lines, STYLES } from '../test/template-lines';

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
