import type { FileOutcome } from './analyze';
import { sortKeys } from './extract-cells';

type Extracted = Extract<FileOutcome, { status: 'extracted' }>;

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const FIXED = ['file', 'agency', 'year', 'edition', 'sections'] as const;

/**
 * One row per file, one column per cell key (the union over the files, in the spec's order). A
 * blank cell and a cell the file lacks are both empty; the JSON format tells them apart. Starts
 * with a BOM so that Excel, which the offices open these with, reads the UTF-8 correctly.
 */
export function formatExtractCsv(files: readonly Extracted[]): string {
  const keys = sortKeys(new Set(files.flatMap((f) => Object.keys(f.cells))));
  const lines = [[...FIXED, ...keys].map(csvField).join(',')];
  for (const f of files) {
    const fixed = [f.file, f.agency, f.year, f.edition, f.sections.join('、')];
    lines.push([...fixed, ...keys.map((k) => f.cells[k])].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
