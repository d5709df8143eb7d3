import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDecimal } from '../decimal';
import type { Cell, Report } from '../model';
import { parseReport } from './index';
import {
  expectedCells, LAYOUTS, render, report, shown, T3, T3_HEADER, table2Grid, table3Grid, table4Grid, type Grid, type Layout,
} from './synthetic.test-data';

function cellsOf(r: Report): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const t of Object.values(r.tables)) for (const [k, c] of t.cells) out.set(k, c);
  return out;
}

/** Every expected cell equals the parse, and the parse has nothing else. */
function assertCells(text: string, expected: Map<string, string>, what: string): Report {
  const r = parseReport(text);
  const got = cellsOf(r);
  const problems: string[] = [];
  for (const [k, v] of expected) if (shown(got.get(k)) !== v) problems.push(`${k}: want ${JSON.stringify(v)} got ${JSON.stringify(shown(got.get(k)))}`);
  for (const k of got.keys()) if (!expected.has(k)) problems.push(`${k}: unexpected`);
  assert.deepEqual(problems, [], what);
  for (const c of got.values()) {
    const printed = text.slice(c.span.start, c.span.end);
    if (c.value.kind === 'blank') assert.equal(printed, '', `${c.key} blank span`);
    else assert.ok(printed.length > 0 && c.raw.includes(printed), `${c.key}: span ${JSON.stringify(printed)} raw ${JSON.stringify(c.raw)}`);
  }
  return r;
}

const STYLE: Record<Layout, string> = { pipe: 'pipe', tab: 'tab', html: 'html', word: 'cell-per-line', blank: 'cell-per-line', space: 'space' };

for (const layout of LAYOUTS) {
  test(`layout ${layout}: all three tables read cell for cell`, () => {
    const text = report({ layout });
    const r = assertCells(text, expectedCells(), layout);
    assert.equal(r.edition, '2023');
    assert.equal(r.year, 2023);
    assert.equal(r.agency, '某某市某某局');
    assert.deepEqual(r.sections.map((s) => s.index), [1, 2, 3, 4, 5, 6]);
    for (const id of ['s2', 's3', 's4'] as const) {
      const t = r.tables[id]!;
      assert.equal(t.style, STYLE[layout], `${id} style`);
      assert.deepEqual(t.missingRows, [], `${id} missing`);
      assert.equal(t.edition, '2023');
    }
    assert.deepEqual(r.signingDate && [r.signingDate.year, r.signingDate.month, r.signingDate.day], [2024, 1, 20]);
    assert.deepEqual(r.period && [r.period.start.year, r.period.start.month, r.period.end.year, r.period.end.month, r.period.end.day], [2023, 1, 2023, 12, 31]);
  });
}

/** Renders 表三 with the header repeated before the given row (a page break). */
function withRepeatedHeader(grid: Grid, beforeLabel: string): Grid {
  const i = grid.findIndex((r) => r.some((c) => c.includes(beforeLabel)));
  return [...grid.slice(0, i), ...T3_HEADER.map((r) => [...r]), ...grid.slice(i)];
}

for (const layout of ['tab', 'pipe', 'word', 'blank', 'html'] as const) {
  test(`layout ${layout}: header repeated after a page break`, () => {
    const t3 = render(withRepeatedHeader(table3Grid(), '3.补正后申请内容仍不明确'), layout);
    assertCells(report({ layout, t3 }), expectedCells(), layout);
  });
}

test('header rows split over several lines and labels broken across lines', () => {
  for (const layout of ['tab', 'word', 'blank'] as const) {
    const t2 = render(table2Grid(), layout).replace('本年制发件数', '本年制发\n件数').replace('现行有效件数', '现行\n有效件数');
    const t3 = render(table3Grid(), layout)
      .replace('5.要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或重新\n出具已获取信息')
      .replace('申请人情况', '申请人\n情况');
    assertCells(report({ layout, t2, t3 }), expectedCells(), layout);
  }
});

test('a label cut by a page break, its last character after the repeated header (seed 002)', () => {
  const grid = table3Grid();
  const carried = grid.findIndex((r) => r[0]!.startsWith('二、'));
  grid[carried]![0] = '二、上年结转政府信息公开申请数';
  const cut = [...grid.slice(0, carried + 1), ...T3_HEADER.map((r) => [...r]), ['量', '', '', '', '', '', '', '', ''], ...grid.slice(carried + 1)];
  const r = assertCells(report({ layout: 'tab', t3: render(cut, 'tab') }), expectedCells(), 'tab');
  assert.equal(r.tables.s3!.rows.find((x) => x.key === 'granted')!.label.startsWith('（一）'), true);
});

test('spaced-out labels, noise markers, half- and full-width punctuation and digits', () => {
  const t3 = render(table3Grid(), 'tab')
    .replace('三、本年度办理结果', '三、 本 年 度 办 理 结 果')
    .replace('（一）予以公开', '[image: ]( 一 ) 予 以 公 开')
    .replace('（七）总计', '(七) 总计')
    .replace('一、本年新收政府信息公开申请数量\t\t19', '一、本年新收政府信息公开申请数量\t\t１９')
    .replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t9', '(二)部分公开(区分处理的,只计这一情形,不计其他情形\t[bookmark: _GoBack]9\u00a0');
  const r = assertCells(report({ layout: 'tab', t3 }), expectedCells(), 'tab');
  const partial = r.tables.s3!.cells.get('s3.partial.natural')!;
  assert.equal(r.text.slice(partial.span.start, partial.span.end), '9');
  const nineteen = r.tables.s3!.cells.get('s3.new.natural')!;
  assert.equal(r.text.slice(nineteen.span.start, nineteen.span.end), '１９');
});

test('cells: unit, annotation, signed, blank, and text where a number belongs', () => {
  const grid = table2Grid({
    rules: ['20（其中修订16件）', '0', '3'], normative: ['—', '/', '无'], licensing: [''], penalty: ['+3'], coercion: ['-1'], fees: ['11522.96万元'],
  });
  const r = parseReport(report({ layout: 'tab', t2: render(grid, 'tab') }));
  const c = r.tables.s2!.cells;
  const rules = c.get('s2.rules.issued')!.value;
  assert.ok(rules.kind === 'number' && formatDecimal(rules.value) === '20' && rules.annotation === '（其中修订16件）');
  for (const k of ['s2.normative.issued', 's2.normative.repealed', 's2.normative.effective']) assert.equal(c.get(k)!.value.kind, 'invalid', k);
  assert.equal(c.get('s2.licensing.decisions')!.value.kind, 'blank');
  assert.equal(shown(c.get('s2.penalty.decisions')), '3');
  assert.equal(shown(c.get('s2.coercion.decisions')), '-1');
  const fee = c.get('s2.fees.amount')!.value;
  assert.ok(fee.kind === 'number' && formatDecimal(fee.value) === '11522.96' && fee.unit === '万元');
});

test('a 2021+ report printed with the old one-row （六）', () => {
  const t3 = render(table3Grid(T3, true), 'tab');
  const r = assertCells(report({ layout: 'tab', t3 }), expectedCells(true), 'old six');
  assert.equal(r.edition, '2023');
  assert.equal(r.tables.s2!.edition, '2023');
  assert.equal(r.tables.s3!.edition, '2019');
  assert.deepEqual(r.tables.s3!.missingRows, []);
});

test('a 2020 report with 2019-edition tables has edition 2019', () => {
  const t2 = [
    '第二十条第（一）项\t\t\t', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '规章\t0\t0\t0', '规范性文件\t1\t1\t9',
    '第二十条第（五）项\t\t\t', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量', '行政许可\t188\t+113\t20373', '其他对外管理服务事项\t0\t0\t0',
    '第二十条第（六）项\t\t\t', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量', '行政处罚\t1\t0\t0', '行政强制\t0\t0\t0',
    '第二十条第（八）项\t\t\t', '信息内容\t上一年项目数量\t本年增/减', '行政事业性收费\t3\t-1',
    '第二十条第（九）项\t\t\t', '信息内容\t采购项目数量\t采购总金额', '政府集中采购\t55\t107.20',
  ].join('\n');
  const r = parseReport(report({ layout: 'tab', t2, t3: render(table3Grid(T3, true), 'tab'), year: 2020 }));
  assert.equal(r.edition, '2019');
  assert.equal(r.tables.s2!.edition, '2019');
  assert.deepEqual(r.tables.s2!.missingRows, []);
  assert.equal(shown(r.tables.s2!.cells.get('s2.licensing.change')), '113');
  assert.equal(shown(r.tables.s2!.cells.get('s2.procurement.amount')), '107.20');
});

test('a row label typo is matched by similarity and recorded', () => {
  const t3 = render(table3Grid(), 'tab').replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开');
  const r = assertCells(report({ layout: 'tab', t3 }), expectedCells(), 'typo');
  const row = r.tables.s3!.rows.find((x) => x.key === 'denied.law')!;
  assert.equal(row.matchedBy, 'similarity');
  assert.equal(row.label, '2.其他法律行政止公开');
});

test('a row with too many or too few cells is a shape problem, not a guess', () => {
  const values = { ...T3, 'denied.secret': ['0', '0', '0', '0', '0', '0', '0', '0'], 'denied.law': ['1', '1'] };
  const r = parseReport(report({ layout: 'blank', t3: render(table3Grid(values), 'blank') }));
  const rows = r.tables.s3!.rows;
  assert.deepEqual(rows.find((x) => x.key === 'denied.secret')!.shape, { expected: 7, found: 8 });
  assert.deepEqual(rows.find((x) => x.key === 'denied.law')!.shape, { expected: 7, found: 2 });
  assert.equal(r.tables.s3!.cells.has('s3.denied.secret.natural'), false);
  assert.equal(shown(r.tables.s3!.cells.get('s3.denied.safety.natural')), '0');
});

test('a row printed entirely blank', () => {
  const values = { ...T3, 'rejected.duplicate': ['', '', '', '', '', '', ''] };
  const r = parseReport(report({ layout: 'tab', t3: render(table3Grid(values), 'tab') }));
  const row = r.tables.s3!.rows.find((x) => x.key === 'rejected.duplicate')!;
  assert.equal(row.cells.length, 7);
  assert.ok(row.cells.every((c) => c.value.kind === 'blank'));
});

test('digits run together: the arithmetic picks the one reading that balances', () => {
  // 表三 row 12 0 0 0 0 0 12 printed as `1200000 12`: only 12|0|0|0|0|0 sums to 12 (1|20|… does not).
  const t3 = render(table3Grid(), 'tab').replace('（一）予以公开\t3\t1\t0\t0\t0\t0\t4', '（一）予以公开\t1200000\t12');
  const r = parseReport(report({ layout: 'tab', t3 }));
  const row = r.tables.s3!.rows.find((x) => x.key === 'granted')!;
  assert.deepEqual(row.cells.map(shown), ['12', '0', '0', '0', '0', '0', '12']);
  assert.ok(row.cells.slice(0, 6).every((c) => c.resolvedByArithmetic === true));
  assert.equal(r.text.slice(row.cells[0]!.span.start, row.cells[0]!.span.end), '12');
  assert.equal(r.text.slice(row.cells[1]!.span.start, row.cells[1]!.span.end), '0');
  assert.equal(r.tables.s3!.ambiguities.length, 0);
});

test('digits run together with several balancing readings: an ambiguity, no guess', () => {
  // 1110000 │ 12: 11|1|0…, 1|11|0…, 1|1|10|… all sum to 12.
  const t3 = render(table3Grid(), 'tab').replace('（一）予以公开\t3\t1\t0\t0\t0\t0\t4', '（一）予以公开\t1110000\t12');
  const r = parseReport(report({ layout: 'tab', t3 }));
  const s3 = r.tables.s3!;
  assert.equal(s3.ambiguities.length, 1);
  const a = s3.ambiguities[0]!;
  assert.equal(a.readings, 3);
  assert.deepEqual(a.keys.length, 7);
  assert.ok(a.keys.includes('s3.granted.natural'));
  assert.equal(s3.cells.has('s3.granted.natural'), false);
  assert.equal(r.text.slice(a.span.start, a.span.end), '1110000\t12');
  assert.equal(s3.missingRows.includes('granted'), false);
});









test('values of 表三 layout rows keep their printed order', () => {
  assert.equal(T3['new']!.length, 7);
});

test('trailing blank cells inside the row width are blanks, not layout', () => {
  const t2 = render(table2Grid({ ...{ rules: ['1', '', ''], normative: ['', '2', ''], licensing: [''], penalty: ['3'], coercion: ['0'], fees: [''] } }), 'tab');
  const r = parseReport(report({ layout: 'tab', t2 }));
  const c = r.tables.s2!.cells;
  assert.deepEqual(['issued', 'repealed', 'effective'].map((k) => shown(c.get(`s2.rules.${k}`))), ['1', '', '']);
  assert.deepEqual(['issued', 'repealed', 'effective'].map((k) => shown(c.get(`s2.normative.${k}`))), ['', '2', '']);
  assert.equal(shown(c.get('s2.licensing.decisions')), '');
  assert.equal(shown(c.get('s2.fees.amount')), '');
});


test('a row one cell short is short, not shifted (columns known from the other rows)', () => {
  const text = report({ layout: 'pipe' }).replace(/\| 一、本年新收政府信息公开申请数量 \| {2}\| 19 \| 1 \| 0 \| 0 \| 0 \| 0 \| 20 \|/, '| 一、本年新收政府信息公开申请数量 |  | 19 | 1 | 0 | 0 | 0 | 20 |');
  assert.ok(text.includes('|  | 19 | 1 | 0 | 0 | 0 | 20 |'));
  const row = parseReport(text).tables.s3!.rows.find((x) => x.key === 'new')!;
  assert.deepEqual(row.shape, { expected: 7, found: 6 });
  // A blank cell inside the columns is a blank.
  const blank = report({ layout: 'pipe' }).replace('| 19 | 1 | 0 | 0 | 0 | 0 | 20 |', '| 19 |  | 0 | 0 | 0 | 0 | 20 |');
  const cells = parseReport(blank).tables.s3!.rows.find((x) => x.key === 'new')!.cells.map(shown);
  assert.deepEqual(cells, ['19', '', '0', '0', '0', '0', '20']);
});

test('converter HTML: one tag per line, <th>/<td> with <p> inside, &nbsp; for empty cells, <h2> headings', () => {
  const html = (grid: Grid): string => [
    '<table>', '<tbody>',
    ...grid.flatMap((r) => ['<tr class="odd">', ...r.map((c) => `<td style="width:8%"><p align="center">${c === '' ? '&nbsp;' : c}</p></td>`), '</tr>']),
    '</tbody>', '</table>',
  ].join('\n');
  const text = report({
    layout: 'html', t2: html(table2Grid()), t3: html(table3Grid()), t4: html(table4Grid()),
    heading: (n, t) => `<h2 id="${n}">${n}、${t}</h2>`,
  });
  const r = assertCells(text, expectedCells(), 'converter html');
  assert.deepEqual(r.sections.map((s) => s.index), [1, 2, 3, 4, 5, 6]);
  assert.equal(r.sections[1]!.heading.title, '主动公开政府信息情况');
  assert.equal(r.tables.s3!.style, 'html');
});



test('GFM pipe tables without the outer bars', () => {
  const bare = (grid: Grid): string => render(grid, 'pipe').split('\n').map((l) => l.replace(/^\| ?/, '').replace(/ ?\|$/, '')).join('\n');
  const text = report({ layout: 'pipe', t2: bare(table2Grid()), t3: bare(table3Grid()), t4: bare(table4Grid()) });
  assert.ok(text.includes('\n规章 | 0 | 0 | 3\n'));
  const r = assertCells(text, expectedCells(), 'bare pipes');
  assert.equal(r.tables.s3!.style, 'pipe');
});

test('PDF text: an annotated number among the numbers of a row', () => {
  const t2 = render(table2Grid({ rules: ['20（其中修订16件）', '0', '3'], normative: ['2', '1', '7'], licensing: ['120'], penalty: ['15'], coercion: ['0'], fees: ['1.5'] }), 'space');
  assert.ok(t2.includes('规章 20（其中修订16件） 0 3'));
  const c = parseReport(report({ layout: 'space', t2 })).tables.s2!.cells;
  const v = c.get('s2.rules.issued')!.value;
  assert.ok(v.kind === 'number' && v.annotation === '（其中修订16件）');
  assert.equal(shown(c.get('s2.rules.effective')), '3');
});
