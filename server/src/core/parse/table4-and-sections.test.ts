import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './index';
import { render, report, shown, table4Grid } from './synthetic.test-data';

// 表四 in its printed forms, and the parts of a report around the tables: sections, title, period, edition by year.

test('表四 digits run together are split by the group totals', () => {
  const t4 = render(table4Grid(['0', '1', '0', '0', '1', '2', '0', '0', '1', '3', '0', '0', '0', '0', '0']), 'tab').replace('0\t1\t0\t0\t1\t2', '01001\t2');
  const r = parseReport(report({ layout: 'tab', t4 }));
  assert.deepEqual(r.tables.s4!.rows[0]!.cells.map(shown), ['0', '1', '0', '0', '1']);
});

test('表四 with blank cells and the first 总计 missing from the header', () => {
  const grid = table4Grid(['', '', '', '', '', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
  grid[1] = grid[1]!.filter((c, i) => !(i === 4 && c === '总计'));
  for (const layout of ['tab', 'word'] as const) {
    const r = parseReport(report({ layout, t4: render(grid, layout) }));
    assert.deepEqual(r.tables.s4!.rows.map((x) => x.cells.map(shown).join(',')), [',,,,', '0,0,0,0,0', '0,0,0,0,0'], layout);
  }
});

test('表四 groups whose order the header does not fix are ambiguous when they differ', () => {
  const t4 = ['行政复议\t\t\t\t\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计', '0\t0\t0\t0\t0\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0'].join('\n');
  const r = parseReport(report({ layout: 'tab', t4 }));
  const s4 = r.tables.s4!;
  assert.equal(s4.ambiguities.length, 1);
  assert.equal(s4.ambiguities[0]!.keys.length, 10);
  assert.equal(shown(s4.cells.get('s4.review.total')), '0');
  assert.equal(s4.cells.has('s4.suit_direct.total'), false);
  // Same values in both groups: nothing to decide.
  const same = parseReport(report({ layout: 'tab', t4: t4.replace('0\t1\t0\t0\t0\t1', '0\t0\t0\t0\t0\t0') }));
  assert.equal(same.tables.s4!.ambiguities.length, 0);
});

test('表四 header printed with 行政诉讼 first', () => {
  const t4 = [
    '行政诉讼\t\t\t\t\t\t\t\t\t\t行政复议', '未经复议直接起诉\t\t\t\t\t复议后起诉', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
    '2\t0\t0\t1\t3\t0\t0\t0\t0\t0\t0\t1\t0\t0\t1',
  ].join('\n');
  const r = parseReport(report({ layout: 'tab', t4 }));
  assert.deepEqual(r.tables.s4!.rows.map((x) => x.cells.map(shown).join(',')), ['0,1,0,0,1', '2,0,0,1,3', '0,0,0,0,0']);
});

test('sections: arabic numbering, sub-headings, row labels and heading styles', () => {
  const text = report({
    layout: 'word',
    heading: (n, t) => (n === '二' ? `2、 ${t}` : n === '六' ? `## **${n}、${t}**` : `# ${n}、${t}`),
  });
  const r = parseReport(text);
  assert.deepEqual(r.sections.map((s) => s.index), [1, 2, 3, 4, 5, 6]);
  const two = r.sections[1]!;
  assert.equal(two.numberingIsChinese, false);
  assert.equal(two.printedNumber, 2);
  assert.equal(two.heading.numbering, '2、');
  const six = r.sections[5]!;
  assert.equal(six.heading.prefix, '## **');
  assert.equal(six.heading.suffix, '**');
  assert.equal(six.heading.title, '其他需要报告的事项');
  assert.equal(text.slice(six.heading.titleSpan.start, six.heading.titleSpan.end), '其他需要报告的事项');
  assert.equal(r.sections[0]!.heading.prefix, '# ');
  for (let i = 0; i + 1 < r.sections.length; i++) assert.equal(r.sections[i]!.span.end, r.sections[i + 1]!.span.start);
});

test('title, agency on the line above, period with spaces, signing date', () => {
  const r = parseReport(report({ layout: 'tab' }));
  assert.equal(r.title!.text, '2023年政府信息公开工作年度报告');
  assert.equal(r.agency, '某某市某某局');
  const oneLine = parseReport('# 某某区人民政府办公室 2022 年政府信息公开工作年度报告\n\n发布时间:2023-01-19\n\n六、其他需要报告的事项\n\n无。\n');
  assert.equal(oneLine.agency, '某某区人民政府办公室');
  assert.equal(oneLine.year, 2022);
  assert.equal(oneLine.signingDate, undefined);
  const cn = parseReport('2021年政府信息公开工作年度报告\n六、其他需要报告的事项\n无。\n某某局\n二〇二二年一月二十六日\n');
  assert.deepEqual(cn.signingDate && [cn.signingDate.year, cn.signingDate.month, cn.signingDate.day], [2022, 1, 26]);
});

test('a table whose section heading is missing is still found by its header words', () => {
  const text = report({ layout: 'tab', heading: (n, t) => (n === '三' ? `三是${t}` : `${n}、${t}`) });
  const r = parseReport(text);
  assert.ok(r.tables.s3);
  assert.equal(shown(r.tables.s3!.cells.get('s3.new.total')), '20');
  assert.deepEqual(r.tables.s3!.missingRows, []);
});

test('a report without tables decides its edition by year', () => {
  assert.equal(parseReport('某局2020年政府信息公开工作年度报告\n一、总体情况\n').edition, '2019');
  assert.equal(parseReport('某局2022年政府信息公开工作年度报告\n一、总体情况\n').edition, '2023');
  assert.deepEqual(parseReport('').tables, {});
});

test('a 表四 data line of fifteen empty cells is fifteen blanks', () => {
  for (const layout of ['tab', 'pipe', 'html', 'word'] as const) {
    const r = parseReport(report({ layout, t4: render(table4Grid(Array<string>(15).fill('')), layout) }));
    const s4 = r.tables.s4!;
    assert.deepEqual(s4.missingRows, [], layout);
    assert.equal(s4.cells.size, 15, layout);
    assert.ok([...s4.cells.values()].every((c) => c.value.kind === 'blank'), layout);
  }
});

test('a numbered sub-item naming a section’s words later in the text is not a section', () => {
  const text = report({ layout: 'tab' }).replace('一是公开内容有待丰富。', '一、主动公开方面存在的问题\n\n一是公开内容有待丰富。');
  const r = parseReport(text);
  assert.deepEqual(r.sections.map((s) => s.index), [1, 2, 3, 4, 5, 6]);
  // A misnumbered heading in its place is still a section (GR104 reports it).
  const misnumbered = parseReport(report({ layout: 'tab', heading: (n, t) => (n === '三' ? `二、${t}` : `${n}、${t}`) }));
  assert.deepEqual(misnumbered.sections.map((s) => [s.index, s.printedNumber]), [[1, 1], [2, 2], [3, 2], [4, 4], [5, 5], [6, 6]]);
  assert.equal(parseReport('某区人民政府办公室关于2022年政府信息公开工作年度报告\n').agency, '某区人民政府办公室');
});

test('表四 with fourteen numbers is one misshapen row, not three missing ones', () => {
  const t4 = render(table4Grid(), 'tab').replace(/\n0\t1\t0\t0\t1\t/, '\n0\t1\t0\t0\t');
  const s4 = parseReport(report({ layout: 'tab', t4 })).tables.s4!;
  assert.deepEqual(s4.missingRows, []);
  assert.deepEqual(s4.rows.map((r) => r.shape), [{ expected: 15, found: 14 }]);
  assert.equal(s4.cells.size, 0);
});

