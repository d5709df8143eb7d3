import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zipSync } from 'fflate';
import { readDocx } from './docx';
import { formatPlace } from './source-map';
import { cellDifferences, fixture, sectionsOf, truthOf } from './test-support';

const seed003 = truthOf('seeds/truth/003_d85cf6fc72a9984b.json');

test('the WPS template filled with seed 003\'s numbers reads back every cell', () => {
  const { text } = readDocx(fixture('docx/filled-2021-wps.docx'));
  assert.deepEqual(cellDifferences(text, seed003.cells), []);
  assert.deepEqual(sectionsOf(text), ['一', '二', '三', '四', '五', '六']);
});

test('the blank WPS template: every cell of the three tables read as blank', () => {
  const { text } = readDocx(fixture('docx/template-2021-tables-wps.docx'));
  const blanks = Object.fromEntries(Object.keys(seed003.cells).map((k) => [k, null]));
  assert.deepEqual(cellDifferences(text, blanks), []);
});

test('Word-style file: headings numbered by Word are found, tracked changes and hidden text resolved, every cell read', () => {
  const { text } = readDocx(fixture('docx/word-style.docx'));
  assert.deepEqual(sectionsOf(text), ['一', '二', '三', '四', '五', '六']);
  assert.match(text, /^一、总体情况$/m);
  assert.match(text, /^（二）依申请公开$/m);
  assert.match(text, /共收到政府信息公开申请19件。/);
  assert.doesNotMatch(text, /内部备注|99|18件/);
  assert.match(text, /政务公开专栏（文本框）/);
  assert.match(text, /\| 5\.要求行政机关确认或重新出具已获取信息 \|/);
  assert.deepEqual(cellDifferences(text, seed003.cells), []);
});

test('places: a table cell names its table, row and cell; a paragraph its number', () => {
  const { text, map } = readDocx(fixture('docx/word-style.docx'));
  const cell = map.placeAt(text.indexOf('| 19 |') + 2);
  assert.deepEqual(cell, { kind: 'cell', table: 2, row: 4, cell: 2 });
  assert.equal(formatPlace(cell!, 'zh-CN'), '表格2第4行第2格');
  assert.equal(formatPlace(map.placeAt(text.indexOf('二、主动公开'))!, 'zh-CN'), '第9段');
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string, numbering?: string): Uint8Array => zipSync({
  'word/document.xml': new TextEncoder().encode(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  ...(numbering ? { 'word/numbering.xml': new TextEncoder().encode(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`) } : {}),
});

test('numbering formats: chineseCountingThousand, ideographTraditional, decimal; deeper levels restart', () => {
  const lvl = (i: number, fmt: string, text: string) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = `<w:abstractNum w:abstractNumId="7">${lvl(0, 'chineseCountingThousand', '%1、')}${lvl(1, 'ideographTraditional', '%2.')}${lvl(2, 'decimal', '%1.%3')}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>`;
  const p = (level: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const body = [p(0, 'a'), p(1, 'b'), p(1, 'c'), p(2, 'd'), p(0, 'e'), p(1, 'f'), ...Array.from({ length: 9 }, (_, i) => p(0, `x${i}`))].join('');
  const lines = readDocx(docx(body, numbering)).text.split('\n');
  assert.deepEqual(lines.slice(0, 6), ['一、a', '甲.b', '乙.c', '一.1d', '二、e', '甲.f']);
  assert.equal(lines[14], '十一、x8');
});

test('a damaged or foreign zip throws (the caller reports the file as unreadable)', () => {
  assert.throws(() => readDocx(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])));
  assert.throws(() => readDocx(zipSync({ 'a.txt': new Uint8Array([65]) })));
});
