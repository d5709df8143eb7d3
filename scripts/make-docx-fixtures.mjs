// Makes the .docx fixtures in test-fixtures/docx/ from the seeds' truth numbers (run after `npm run build`):
//  - filled-2021-wps.docx: the real WPS template (template-2021-tables-wps.docx) with seed 003's numbers
//    written into its empty cells; nothing else in the file changes (same parts, same XML, one run added per cell).
//  - word-style.docx: a Word-style report built with the `docx` package: headings numbered by Word's
//    automatic numbering (the "一、" is not in the text), tracked changes, hidden text, soft line breaks
//    in cells, merged cells, a text box.
// Usage: node scripts/make-docx-fixtures.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import { buildWordStyle } from './docx-word-style.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { tableSpec } = require(join(root, 'server/out/core/spec'));
const out = join(root, 'test-fixtures/docx');
const truth = JSON.parse(readFileSync(join(root, 'test-fixtures/seeds/truth/003_d85cf6fc72a9984b.json'), 'utf8'));

/** Cell key → [table, row, grid column] in the 2021 template: rows and columns in the spec's order. */
function templatePositions() {
  const positions = new Map();
  const s2 = [['rules', 2], ['normative', 3], ['licensing', 6], ['penalty', 9], ['coercion', 10], ['fees', 13]];
  for (const [row, r] of s2) {
    tableSpec('s2', '2023').rows.find((x) => x.key === row).columns.forEach((c, i) => positions.set(`s2.${row}.${c.key}`, [0, r, 1 + i]));
  }
  tableSpec('s3', '2023').rows.forEach((row, r) => row.columns.forEach((c, i) => positions.set(`s3.${row.key}.${c.key}`, [1, 3 + r, 3 + i])));
  let col = 0;
  for (const row of tableSpec('s4', '2023').rows) for (const c of row.columns) positions.set(`s4.${row.key}.${c.key}`, [2, 3, col++]);
  return positions;
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes `values` (by [table, row, column]) into the cells of document.xml, by grid column (w:gridSpan counted). */
function fillCells(xml, values) {
  let table = -1;
  return xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (tbl) => {
    table++;
    let row = -1;
    return tbl.replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (tr) => {
      row++;
      let col = 0;
      return tr.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (tc) => {
        const at = col;
        col += Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
        const value = values.get(`${table}:${row}:${at}`);
        if (value === undefined) return tc;
        // Placeholder spaces (full-width) go; the number is one run in the cell's last paragraph.
        const cleared = tc.replace(/<w:t(?: [^>]*)?>[\s\u3000]*<\/w:t>/g, '<w:t></w:t>');
        const end = cleared.lastIndexOf('</w:p>');
        return `${cleared.slice(0, end)}<w:r><w:t>${escapeXml(String(value))}</w:t></w:r>${cleared.slice(end)}`;
      });
    });
  });
}

const template = unzipSync(readFileSync(join(out, 'template-2021-tables-wps.docx')));
const values = new Map();
for (const [key, [t, r, c]] of templatePositions()) {
  if (truth.cells[key] !== undefined && truth.cells[key] !== null) values.set(`${t}:${r}:${c}`, truth.cells[key]);
}
const document = new TextDecoder().decode(template['word/document.xml']);
const filled = { ...template, 'word/document.xml': new TextEncoder().encode(fillCells(document, values)) };
writeFileSync(join(out, 'filled-2021-wps.docx'), zipSync(filled, { level: 9, mtime: new Date('2024-01-01T00:00:00Z') }));
writeFileSync(join(out, 'word-style.docx'), await buildWordStyle(truth.cells, tableSpec));
console.log(`wrote ${values.size} cells into filled-2021-wps.docx; word-style.docx`);
