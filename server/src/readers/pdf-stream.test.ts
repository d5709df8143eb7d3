import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractCells } from '../cli/extract-cells';
import { checkReport } from '../core/check';
import { parseReport } from '../core/parse';
import type { PageText } from './pdf-geometry';
import { visualLines } from './pdf-lines';
import { readPdf } from './pdf';
import { blankCells } from './pdf-stream';
import { fixture } from './test-support';

const SIZE = 10;
const COLUMNS = [300, 340, 380, 420, 460, 500, 540];

/** A run of text centred on `centre` (numbers) or starting at `x` (labels), on the baseline `y`. */
const run = (text: string, x: number, y: number): PageText => ({ text, x, y, width: text.length * SIZE * 0.55, size: SIZE });
const centred = (text: string, centre: number, y: number): PageText => run(text, centre - (text.length * SIZE * 0.55) / 2, y);

/** A table without borders: a label at the left, values in COLUMNS (null: the cell is blank), one row per line. */
function page(rows: readonly (readonly [string, readonly (string | null)[]])[]): PageText[] {
  const texts: PageText[] = [];
  rows.forEach(([label, values], r) => {
    const y = 100 + r * SIZE * 1.6;
    if (label) texts.push(run(label, 60, y));
    values.forEach((v, c) => { if (v !== null) texts.push(centred(v, COLUMNS[c]!, y)); });
  });
  return texts;
}

const FULL = ['4', '0', '0', '0', '0', '0', '4'];

test('a table without borders: a blank cell inside a row becomes an empty cell (columns from the other rows\' numbers)', () => {
  const lines = visualLines(page([
    ['一、本年新收政府信息公开申请数量', ['4', '0', null, '0', '0', '0', '4']],
    ['二、上年结转政府信息公开申请数', FULL],
    ['（六）其他处理', FULL],
    ['（七）总计', FULL],
  ]));
  assert.deepEqual([...blankCells(lines)], [[0, '一、本年新收政府信息公开申请数量\t4\t0\t\t0\t0\t0\t4']]);
});

test('a table without borders: left as it reads when not sure — a blank at either end of a row, too few rows, words after the numbers', () => {
  const edge = page([['甲', ['4', '0', '0', '0', '0', '0', null]], ['乙', FULL], ['丙', FULL]]);
  assert.equal(blankCells(visualLines(edge)).size, 0, 'the last column may belong to another layout of the row');
  const twoRows = page([['甲', ['4', '0', null, '0', '0', '0', '4']], ['乙', FULL]]);
  assert.equal(blankCells(visualLines(twoRows)).size, 0);
  const words = [...page([['甲', ['4', '0', null, '0', '0', '0', '4']], ['乙', FULL], ['丙', FULL]]), run('（注）', 580, 100)];
  assert.equal(blankCells(visualLines(words)).size, 0);
});

test('a row with a blank cell, written as blankCells writes it, is read with that cell empty (GR201), the others in place', async () => {
  const { text } = await readPdf(fixture('pdf/002-no-borders.pdf'));
  const line = '一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4';
  assert.ok(text.includes(line));
  const [, row] = [...blankCells(visualLines(page([
    ['一、本年新收政府信息公开申请数量', ['4', '0', null, '0', '0', '0', '4']], ['乙', FULL], ['丙', FULL],
  ])))][0]!;
  const blanked = text.replace(line, row);
  const cells = extractCells(parseReport(blanked));
  assert.deepEqual(['natural', 'commercial', 'research', 'public_interest', 'legal', 'other', 'total'].map((c) => cells[`s3.new.${c}`]), [4, 0, null, 0, 0, 0, 4]);
  assert.ok(checkReport(blanked).findings.some((f) => f.code === 'GR201'));
});
