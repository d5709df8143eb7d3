// Reading printed templates back in tests: the cells of a pipe or tab line, the lines of a template, each spec row's values.
import assert from 'node:assert/strict';
import { TABLE4, tableSpec, type TableId } from '../core/spec';
import type { TemplateStyle } from '../core/templates';

export const IDS: readonly TableId[] = ['s2', 's3', 's4'];
export const STYLES: readonly TemplateStyle[] = ['pipe', 'tab'];

/** Cells of a printed line: pipe rows without their outer bars (`\|` kept as text), tab rows split on tabs. */
export function cellsOf(line: string, style: TemplateStyle): string[] {
  if (style === 'tab') return line.split('\t');
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

export const isDelimiter = (line: string): boolean => /^\|( -{3,} \|)+$/.test(line);

/** The printed lines of a template, the pipe delimiter row left out. */
export function lines(text: string, style: TemplateStyle): string[][] {
  return text.replace(/\n$/, '').split('\n').filter((l) => !isDelimiter(l)).map((l) => cellsOf(l, style));
}

/** For each spec row (表四: its group), the printed line holding it and its value cells. */
export function dataRows(id: TableId, text: string, style: TemplateStyle): { label: string; values: string[] }[] {
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
