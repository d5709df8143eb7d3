import { add, formatDecimal, parseDecimal, ZERO, type Decimal } from '../core/decimal';
import type { Locale } from '../core/findings';
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

const TOTAL_LABEL: Record<Locale, (n: number) => string> = {
  'zh-CN': (n) => `合计（${n} 份报告）`,
  en: (n) => `Total (${n} reports)`,
};

/** Sum of the numbers in a column, exactly (amounts in 万元 have decimals); empty when the column has none. */
function columnTotal(values: readonly (number | null | undefined)[]): string | undefined {
  let total: Decimal = ZERO;
  let float = 0;
  let exact = true;
  let any = false;
  for (const v of values) {
    if (typeof v !== 'number') continue;
    any = true;
    float += v;
    const d = parseDecimal(String(v));
    if (d) total = add(total, d);
    else exact = false;
  }
  return any ? (exact ? formatDecimal(total) : String(float)) : undefined;
}

/**
 * One row per file, one column per cell key (the union over the files, in the spec's order). A
 * blank cell and a cell the file lacks are both empty; the JSON format tells them apart. With
 * several files a last row sums every column, as a supervising office adds up its units. Starts
 * with a BOM so that Excel, which the offices open these with, reads the UTF-8 correctly.
 */
export function formatExtractCsv(files: readonly Extracted[], locale: Locale = 'zh-CN'): string {
  const keys = sortKeys(new Set(files.flatMap((f) => Object.keys(f.cells))));
  const lines = [[...FIXED, ...keys].map(csvField).join(',')];
  for (const f of files) {
    const fixed = [f.file, f.agency, f.year, f.edition, f.sections.join('、')];
    lines.push([...fixed, ...keys.map((k) => f.cells[k])].map(csvField).join(','));
  }
  if (files.length > 1) {
    const totals = keys.map((k) => columnTotal(files.map((f) => f.cells[k])));
    lines.push([TOTAL_LABEL[locale](files.length), '', '', '', '', ...totals].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
