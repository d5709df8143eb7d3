// Tables without borders (the "stream" reading): their value columns found from the alignment of the
// numbers, so that a blank cell inside a row becomes an empty cell instead of closing up the row.
import type { PageText } from './pdf-geometry';
import { COLUMN_GAP, isColumnar, lineText, type VisualLine } from './pdf-lines';

/** A number as a statistical table prints one (counts, 万元 amounts). */
const VALUE = /^[-+−]?\d[\d,]*(?:\.\d+)?$/;
/** Lines further apart than this many font sizes are not rows of one table. */
const ROW_GAP = 3;
/** Fewest value rows that make a table (two rows could be anything). */
const MIN_ROWS = 3;
/** Fewest rows that must hold a value in a column before a row without one has a blank there. */
const MIN_COLUMN_ROWS = 2;

interface Segment { readonly text: string; readonly left: number; readonly right: number }

/** A line's runs split at column gaps, each part's text as the line writes it. */
function segmentsOf(line: VisualLine): Segment[] {
  const parts: PageText[][] = [];
  let end = -Infinity;
  for (const t of line.texts) {
    if (t.text.trim() === '') continue;
    if (parts.length === 0 || t.x - end > line.size * COLUMN_GAP) parts.push([]);
    parts[parts.length - 1]!.push(t);
    end = Math.max(end, t.x + t.width);
  }
  return parts.map((p) => ({ text: lineText(p), left: p[0]!.x, right: Math.max(...p.map((t) => t.x + t.width)) }));
}

/** A row of a table without borders: its label (text before the first number) and its numbers' centres. */
interface ValueRow { readonly index: number; readonly label: string; readonly values: { readonly text: string; readonly centre: number }[]; readonly size: number }

function valueRow(line: VisualLine, index: number): ValueRow | undefined {
  if (!isColumnar(line)) return undefined;
  const segments = segmentsOf(line);
  const first = segments.findIndex((s) => VALUE.test(s.text));
  if (first < 0) return undefined;
  const values = segments.slice(first);
  // Words after the numbers: not a plain row (left as the line reads).
  if (values.length < 2 || values.some((s) => !VALUE.test(s.text))) return undefined;
  return { index, label: segments.slice(0, first).map((s) => s.text).join(' '), values: values.map((s) => ({ text: s.text, centre: (s.left + s.right) / 2 })), size: line.size };
}

/** Column centres of a block of rows: every value's centre, those within a font size of each other one column. */
function columnsOf(rows: readonly ValueRow[]): { centre: number; rows: number }[] {
  const centres = rows.flatMap((r) => r.values.map((v) => ({ x: v.centre, size: r.size }))).sort((a, b) => a.x - b.x);
  const columns: { sum: number; count: number; last: number; size: number }[] = [];
  for (const c of centres) {
    const last = columns[columns.length - 1];
    if (last && c.x - last.last <= Math.min(last.size, c.size) * 0.8) { last.sum += c.x; last.count++; last.last = c.x; } else columns.push({ sum: c.x, count: 1, last: c.x, size: c.size });
  }
  return columns.map((c) => ({ centre: c.sum / c.count, rows: c.count }));
}

/**
 * The row with its blank cells as empty tab-separated cells, when it lacks a value in a column that
 * lies between two of its own values and that other rows fill. Undefined: nothing to add, or not
 * sure (two values in one column, a value in no column) — the line is then left as it reads.
 */
function withBlanks(row: ValueRow, columns: readonly { centre: number; rows: number }[]): string | undefined {
  const near = (x: number): number => columns.findIndex((c) => Math.abs(c.centre - x) <= row.size * 0.8);
  const at = row.values.map((v) => near(v.centre));
  if (at.some((c, i) => c < 0 || (i > 0 && c <= at[i - 1]!))) return undefined;
  const cells: string[] = [];
  for (let c = at[0]!; c <= at[at.length - 1]!; c++) {
    const i = at.indexOf(c);
    if (i >= 0) cells.push(row.values[i]!.text);
    else if (columns[c]!.rows >= MIN_COLUMN_ROWS) cells.push('');
  }
  return cells.includes('') ? [row.label, ...cells].join('\t') : undefined;
}

/**
 * New texts for the lines of a page that are rows of a table without borders and have blank cells
 * (by line index). Rows go together while they follow each other closely with only lines of plain
 * text (wrapped labels) between them; a line of column headings ends them.
 */
export function blankCells(lines: readonly VisualLine[]): Map<number, string> {
  const out = new Map<number, string>();
  let block: ValueRow[] = [];
  const flush = (): void => {
    if (block.length >= MIN_ROWS) {
      const columns = columnsOf(block);
      for (const row of block) {
        const text = withBlanks(row, columns);
        if (text !== undefined) out.set(row.index, text);
      }
    }
    block = [];
  };
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && line.y - previous.y > Math.max(line.size, previous.size) * ROW_GAP) flush();
    const row = valueRow(line, i);
    if (row) block.push(row);
    else if (isColumnar(line)) flush();
  });
  flush();
  return out;
}
