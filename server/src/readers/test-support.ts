import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractCells, sectionsPresent } from '../cli/extract-cells';
import { parseReport } from '../core/parse';

export const FIXTURES = resolve(__dirname, '../../../test-fixtures');

export const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(resolve(FIXTURES, path)));

export interface Truth {
  readonly sections_present: readonly string[];
  readonly cells: Readonly<Record<string, number | null>>;
}

export const truthOf = (path: string): Truth => JSON.parse(readFileSync(resolve(FIXTURES, path), 'utf8')) as Truth;

/** Cells that differ between the text's reading and the truth: `key: expected …, got …`. */
export function cellDifferences(text: string, truth: Truth['cells']): string[] {
  const cells = extractCells(parseReport(text));
  const keys = new Set([...Object.keys(truth), ...Object.keys(cells)]);
  return [...keys].filter((k) => cells[k] !== truth[k]).map((k) => `${k}: expected ${truth[k]}, got ${cells[k]}`);
}

export const sectionsOf = (text: string): string[] => sectionsPresent(parseReport(text));

/** A one-page PDF whose content stream is `content` (no fonts: any text operator would show nothing). */
export function pdfWithContent(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(body.length); body += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
