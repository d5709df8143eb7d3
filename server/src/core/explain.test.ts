import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport, type CellText } from '../test/report-builder';
import { loadSeeds } from '../test/seeds';
import { renderEquation } from './arithmetic';
import { cellAt, explainCell, explainRowLabel, PATH_SEPARATOR } from './explain';
import type { Report } from './model';
import { parseReport } from './parse';
import { tableSpec, TABLE3_2019, TABLE3_2023, TABLE4, TABLE2_2019, TABLE2_2023, type TableSpec } from './spec';
import { columnLabelEn, rowLabelEn } from './spec/english';
import { columnNote, rowNote } from './spec/notes';

const SEED_000 = loadSeeds().find((s) => s.name.startsWith('000_'))!;
/** Seed 000's hand-checked cells (a 2020 report: 2019-edition tables). */
const seed000 = (): ReturnType<typeof buildReport> =>
  buildReport(SEED_000.truth.cells, { s2: '2019', s3: '2019', s4: '2023' }, { year: 2020 });

test('cellAt finds every cell at its start, inside and just after its end', () => {
  const { report, spans } = seed000();
  for (const [key, span] of spans) {
    assert.equal(cellAt(report, span.start)?.key, key, `start of ${key}`);
    assert.equal(cellAt(report, span.end)?.key, key, `end of ${key}`);
    if (span.end - span.start > 1) assert.equal(cellAt(report, span.start + 1)?.key, key, `inside ${key}`);
  }
});

test('cellAt misses row labels, text between tables and offsets out of range', () => {
  const { report } = seed000();
  const label = report.tables.s3!.rows[0]!.labelSpan;
  assert.equal(cellAt(report, label.start), undefined);
  assert.equal(cellAt(report, label.start + 3), undefined);
  assert.equal(cellAt(report, -5), undefined);
  assert.equal(cellAt(report, report.text.length + 100), undefined);
  assert.equal(cellAt({ text: '', edition: '2023', sections: [], tables: {}, lineStarts: [0] }, 0), undefined);
});

test('cellAt prefers the cell the offset is inside over one it only touches', () => {
  const { report } = buildReport({ 's4.review.upheld': 12, 's4.review.corrected': 3 }, { s4: '2023' });
  const upheld = report.tables.s4!.cells.get('s4.review.upheld')!;
  // Make a neighbour start exactly where `upheld` ends (as run-together digits would).
  const neighbour = { ...report.tables.s4!.cells.get('s4.review.corrected')!, span: { start: upheld.span.end, end: upheld.span.end + 1 } };
  const cells = new Map(report.tables.s4!.cells);
  cells.set(neighbour.key, neighbour);
  const patched: Report = { ...report, tables: { s4: { ...report.tables.s4!, cells } } };
  assert.equal(cellAt(patched, upheld.span.end)?.key, 's4.review.corrected');
  assert.equal(cellAt(patched, upheld.span.end - 1)?.key, 's4.review.upheld');
});

test('seed 000: 无法提供 1. 总计 explains as 总计 57 = 自然人 52 + 商业企业 5 + … ✓', () => {
  const { report } = seed000();
  const e = explainCell(report, 's3.unable.no_info.total', 'zh-CN')!;
  assert.equal(e.path, ['表三', '三、本年度办理结果', '（四）无法提供', '1.本机关不掌握相关政府信息', '总计'].join(PATH_SEPARATOR));
  assert.equal(e.value, '57');
  const rowTotal = e.equations.find((q) => q.kind === 'row-total')!;
  assert.equal(renderEquation(rowTotal), '总计 57 = 自然人 52 + 商业企业 5 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 ✓');
  assert.ok(rowTotal.holds);
  const column = e.equations.find((q) => q.kind === 'results-total')!;
  assert.match(renderEquation(column), /^（七）总计 77 = .* ✓$/);
  assert.equal(e.equations.length, 2, 'a 总计 cell of a result row takes part in its row sum and the 总计 column sum');
});

test('a cell of 一 takes part in its row sum and the balance; both hold on the seed', () => {
  const { report } = seed000();
  const e = explainCell(report, 's3.new.natural', 'zh-CN')!;
  assert.deepEqual(e.equations.map((q) => q.kind).sort(), ['balance', 'row-total']);
  assert.ok(e.equations.every((q) => q.holds === true && renderEquation(q).endsWith('✓')));
  const balance = e.equations.find((q) => q.kind === 'balance')!;
  assert.match(renderEquation(balance), /^一、本年新收政府信息公开申请数量 72 \+ 二、上年结转政府信息公开申请数量 0 = （七）总计 72 \+ 四、结转下年度继续办理 0 ✓$/);
});

test('a wrong number shows ✗ with the sum it should have', () => {
  const cells: Record<string, CellText> = { ...SEED_000.truth.cells, 's3.unable.no_info.total': 58 };
  const { report } = buildReport(cells, { s3: '2019' });
  const e = explainCell(report, 's3.unable.no_info.total', 'zh-CN')!;
  const rowTotal = e.equations.find((q) => q.kind === 'row-total')!;
  assert.equal(rowTotal.holds, false);
  assert.match(renderEquation(rowTotal), /^总计 58 = 自然人 52 .* ✗（合计 57）$/);
});

test('the paths of the spec: 表二, 表三 under 法人或其他组织, 表四 under 行政诉讼', () => {
  const { report } = buildReport({ 's2.rules.issued': 3, 's2.fees.amount': '12.50', 's3.new.commercial': 1, 's4.suit_direct.upheld': 0 });
  const path = (key: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string => explainCell(report, key, locale)!.path;
  assert.equal(path('s2.rules.issued'), '表二 › 第二十条第（一）项 › 规章 › 本年制发件数');
  assert.equal(path('s3.new.commercial'), '表三 › 一、本年新收政府信息公开申请数量 › 法人或其他组织 › 商业企业');
  assert.equal(path('s3.denied.secret.natural'), '表三 › 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 › 自然人');
  assert.equal(path('s3.other.no_fee.total'), '表三 › 三、本年度办理结果 › （六）其他处理 › 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 › 总计');
  assert.equal(path('s3.granted.natural'), '表三 › 三、本年度办理结果 › （一）予以公开 › 自然人');
  assert.equal(path('s3.total.total'), '表三 › 三、本年度办理结果 › （七）总计 › 总计');
  assert.equal(path('s3.carry_over.natural'), '表三 › 四、结转下年度继续办理 › 自然人');
  assert.equal(path('s4.suit_direct.upheld'), '表四 › 行政诉讼 › 未经复议直接起诉 › 结果维持');
  assert.equal(path('s4.review.total'), '表四 › 行政复议 › 总计');
  assert.equal(path('s4.suit_direct.upheld', 'en'), 'Table 4 › Administrative litigation › Sued directly without review › Upheld');
  assert.equal(path('s2.rules.issued', 'en'), 'Table 2 › Art. 20 (1) › Rules › Issued this year');
  assert.equal(
    path('s3.unable.no_info.natural', 'en'),
    'Table 3 › III. Results this year › (4) Cannot be provided › 1. Information not held by this agency › Natural persons',
  );
});

test('English equations name their operands in English', () => {
  const { report } = seed000();
  const e = explainCell(report, 's3.unable.no_info.total', 'en')!;
  const rowTotal = e.equations.find((q) => q.kind === 'row-total')!;
  assert.equal(renderEquation(rowTotal), 'Total 57 = Natural persons 52 + Commercial enterprises 5 + Research institutions 0 + Public-interest organisations 0 + Legal service institutions 0 + Other 0 ✓');
});

test('表二 cells have no arithmetic: the hover says what the column means (万元 for amounts)', () => {
  const { report } = buildReport({ 's2.fees.amount': '107.20', 's2.licensing.decisions': 4 });
  const fees = explainCell(report, 's2.fees.amount', 'zh-CN')!;
  assert.equal(fees.equations.length, 0);
  assert.equal(fees.value, '107.20');
  assert.ok(explainCell(report, 's2.fees.amount', 'en')!.notes.some((n) => /10,000 yuan/.test(n)), 'the unit in English');
});

test('a blank operand: the cell says it is blank and its equations cannot be checked', () => {
  const { report } = seed000();
  const e = explainCell(report, 's4.review.upheld', 'zh-CN')!;
  assert.equal(e.value, '（空白）');
  assert.equal(e.equations.length, 1);
  assert.equal(e.equations[0]!.holds, undefined);
  assert.match(renderEquation(e.equations[0]!), /□/);
});

test('an invalid cell says so, and keeps its text', () => {
  const { report } = buildReport({ 's3.new.natural': 'a*b|c' }, { s3: '2023' });
  const e = explainCell(report, 's3.new.natural', 'zh-CN')!;
  assert.equal(e.value, '不是数字：“a*b|c”');
});

test('unknown keys and empty reports give nothing, never an exception', () => {
  const { report } = seed000();
  assert.equal(explainCell(report, 's3.nope.natural', 'zh-CN'), undefined);
  assert.equal(explainCell(report, '', 'zh-CN'), undefined);
  const empty: Report = { text: 'x', edition: '2023', sections: [], tables: {}, lineStarts: [0] };
  assert.equal(explainCell(empty, 's3.new.natural', 'zh-CN'), undefined);
  assert.equal(explainRowLabel(empty, 0, 'zh-CN'), undefined);
});

test('row labels: what the row counts, from the spec notes', () => {
  const { report } = seed000();
  const at = (rowKey: string, id: 's2' | 's3' | 's4' = 's3'): number => report.tables[id]!.rows.find((r) => r.key === rowKey)!.labelSpan.start + 1;
  const partial = explainRowLabel(report, at('partial'), 'zh-CN')!;
  assert.equal(partial.row.key, 'partial');
  assert.match(partial.note, /区分处理的.*只计这一情形，不计其他情形/);
  assert.match(explainRowLabel(report, at('carried'), 'zh-CN')!.note, /上一年度未办结、转入本年办理的申请/);
  const carryOver = explainRowLabel(report, at('carry_over'), 'zh-CN')!;
  assert.match(carryOver.note, /包括本年新收的和上年结转后仍未办结的/);
  assert.match(carryOver.note, /一 \+ 二 = 三（七）\+ 四/);
  assert.match(explainRowLabel(report, at('partial'), 'en')!.note, /counts here only/);
  assert.match(explainRowLabel(report, at('fees', 's2'), 'zh-CN')!.note, /信息处理费/);
  const label = report.tables.s3!.rows[0]!.labelSpan;
  assert.equal(explainRowLabel(report, label.end, 'zh-CN')?.row.key, 'new', 'end of the label still hits');
  assert.equal(explainRowLabel(report, report.tables.s3!.cells.get('s3.new.natural')!.span.end + 1, 'zh-CN'), undefined);
});

test('every row of every table has a note and an English label; every column an English label', () => {
  const specs: TableSpec[] = [TABLE2_2019, TABLE2_2023, TABLE3_2019, TABLE3_2023, TABLE4];
  const missing: string[] = [];
  for (const spec of specs) {
    for (const row of spec.rows) {
      if (!rowNote(spec.id, row.key, spec.edition)) missing.push(`note ${spec.id}.${row.key}`);
      if (!rowLabelEn(spec.id, row.key)) missing.push(`en ${spec.id}.${row.key}`);
      for (const column of row.columns) {
        if (!columnLabelEn(spec.id, row.key, column.key)) missing.push(`en ${spec.id}.${row.key}.${column.key}`);
        if (spec.id !== 's3' && column.key !== 'total' && !columnNote(spec.id, row.key, column.key, spec.edition)) {
          missing.push(`column note ${spec.id}.${row.key}.${column.key}`);
        }
      }
    }
  }
  assert.deepEqual(missing, []);
  assert.equal(tableSpec('s3', '2023').rows.length, 25);
});

test('seed 000 as parsed: the cursor after the printed 57 explains 无法提供 1. 总计', () => {
  const report = parseReport(SEED_000.text);
  const line = SEED_000.text.split('\n').find((l) => l.includes('本机关不掌握相关政府信息'))!;
  const lineStart = SEED_000.text.indexOf(line);
  const after57 = lineStart + line.lastIndexOf('57') + 2;
  const cell = cellAt(report, after57);
  assert.equal(cell?.key, 's3.unable.no_info.total');
  const e = explainCell(report, cell.key, 'zh-CN')!;
  assert.equal(e.path, '表三 › 三、本年度办理结果 › （四）无法提供 › 1.本机关不掌握相关政府信息 › 总计');
  const rowTotal = e.equations.find((q) => q.kind === 'row-total')!;
  assert.equal(renderEquation(rowTotal), '总计 57 = 自然人 52 + 商业企业 5 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 ✓');
  assert.equal(cellAt(report, lineStart + line.indexOf('52'))?.key, 's3.unable.no_info.natural');
  const label = explainRowLabel(report, lineStart + line.indexOf('不掌握'), 'zh-CN');
  assert.equal(label?.row.key, 'unable.no_info');
  assert.match(label!.note, /没有所申请的信息/);
});

test('every number cell of every parsed seed explains with a path and equations that hold', () => {
  for (const seed of loadSeeds()) {
    const report = parseReport(seed.text);
    for (const table of Object.values(report.tables)) {
      for (const cell of table?.cells.values() ?? []) {
        assert.equal(cellAt(report, cell.span.end)?.key, cell.key, `${seed.name} ${cell.key}`);
        const e = explainCell(report, cell.key, 'zh-CN');
        assert.ok(e && e.path.startsWith('表'), `${seed.name} ${cell.key}`);
        assert.ok(e.equations.every((q) => q.holds !== false), `${seed.name} ${cell.key}: ${e.equations.map((q) => renderEquation(q)).join('; ')}`);
        if (cell.table !== 's2' && cell.value.kind === 'number') assert.ok(e.equations.length > 0, `${seed.name} ${cell.key} has equations`);
      }
    }
  }
});
