import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport } from '../core/check';
import { readPdf, PdfUnreadable } from './pdf';
import { formatPlace } from './source-map';
import { cellDifferences, fixture, pdfWithContent, sectionsOf, truthOf } from './test-support';

const hongze = truthOf('pdf/hongze-2024.json');

test('hongze-2024.pdf: every cell equals the hand-checked truth, all six sections found', async () => {
  const { text } = await readPdf(fixture('pdf/hongze-2024.pdf'));
  assert.equal(Object.keys(hongze.cells).length, 186);
  assert.deepEqual(cellDifferences(text, hongze.cells), []);
  assert.deepEqual(sectionsOf(text), [...hongze.sections_present]);
});

test('hongze-2024.pdf: the published prose-vs-table error (17 in the prose, 95 in 表三) is flagged on page 1', async () => {
  const { text, map } = await readPdf(fixture('pdf/hongze-2024.pdf'));
  const finding = checkReport(text).findings.find((f) => f.code === 'GR403');
  assert.ok(finding, 'GR403 found');
  assert.match(text.slice(finding.span.start, finding.span.end), /17/);
  assert.match(formatPlace(map.placeAt(finding.span.start)!, 'zh-CN'), /^第1页第\d+行$/);
});

test('hongze-2024.pdf: page numbers dropped, wrapped lines joined into paragraphs, a table continued on the next page joined', async () => {
  const { text } = await readPdf(fixture('pdf/hongze-2024.pdf'));
  assert.doesNotMatch(text, /^- \d+ -$/m);
  assert.match(text, /^（二）依申请公开情况。.*受理政府信息公开申请 17 件，均已在法定期限内予以答复。$/m);
  assert.equal(text.match(/^\| --- /gm)?.length, 3, 'one pipe table per statistical table');
  assert.match(text, /\| 总计 \|/);
});

test('a PDF without a text layer (a scan) is refused as such, never read as an empty report', async () => {
  await assert.rejects(readPdf(pdfWithContent('0 0 0 rg 10 10 200 300 re f')), (e: unknown) => e instanceof PdfUnreadable && e.reason === 'no-text-layer');
});

test('a damaged PDF throws (the caller reports the file as unreadable)', async () => {
  await assert.rejects(readPdf(new TextEncoder().encode('%PDF-1.4\nnot really')));
});

const seed000 = truthOf('seeds/truth/000_a0b6767ae323edb5.json');
const seed002 = truthOf('seeds/truth/002_a396c34b029e10e9.json');

test('seed 000 printed by Chromium with table borders reads like the seed: every cell, every section', async () => {
  const { text } = await readPdf(fixture('pdf/000-borders.pdf'));
  assert.deepEqual(cellDifferences(text, seed000.cells), []);
  assert.deepEqual(sectionsOf(text), ['一', '二', '三', '四', '五', '六']);
  assert.match(text, /^烟台市人民政府办公室 2020 年政府信息公开工作年度报告$/m, 'radicals from the font\'s ToUnicode read as ideographs');
});

test('seed 000 with 表三 broken across two pages (header rows repeated by the browser): joined again, every cell', async () => {
  const table3 = (text: string): string => text.slice(text.indexOf('三、收到和处理'), text.indexOf('四、政府信息公开行政复议'));
  const broken = (await readPdf(fixture('pdf/000-break.pdf'))).text;
  const whole = (await readPdf(fixture('pdf/000-borders.pdf'))).text;
  assert.deepEqual(cellDifferences(broken, seed000.cells), []);
  // The seed itself repeats 表三's header once (its own page break); the forced break adds no table and no header.
  assert.equal(table3(broken).match(/^\| --- /gm)?.length, table3(whole).match(/^\| --- /gm)?.length);
  assert.equal(table3(broken).match(/申请人情况/g)?.length, table3(whole).match(/申请人情况/g)?.length);
});

test('seed 002 printed without borders: every cell, every section (a row of columns is never joined to the next line as a wrapped paragraph)', async () => {
  const { text } = await readPdf(fixture('pdf/002-no-borders.pdf'));
  assert.deepEqual(cellDifferences(text, seed002.cells), []);
  assert.deepEqual(sectionsOf(text), ['一', '二', '三', '四', '五', '六']);
  assert.match(text, /^二、上年结转政府信息公开申请数 0 0 0 0 0 0 0$/m);
});
