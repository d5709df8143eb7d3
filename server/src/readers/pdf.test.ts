import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../core/check';
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
  const finding = checkText(text).findings.find((f) => f.code === 'GR403');
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
