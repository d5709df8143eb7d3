import type { Block } from './pdf-layout';
import { cellText, writePipeTable, type GridCell } from './pipe-table';
import { TextBuilder } from './source-map';

/** Column lines closer than this (points) are the same column on the next page. */
const SAME_COLUMN = 3;

type TableBlock = Extract<Block, { kind: 'table' }>;
type LineBlock = Extract<Block, { kind: 'line' }>;

/**
 * Where each column line of `next` sits among the column lines of `first` (a table continued on the
 * next page may show fewer columns: its merged rows), or undefined when some line has no match.
 */
function columnMap(first: TableBlock, next: TableBlock): number[] | undefined {
  const map = next.table.xs.map((x) => first.table.xs.findIndex((y) => Math.abs(x - y) <= SAME_COLUMN));
  return map.every((i, k) => i >= 0 && (k === 0 || i > map[k - 1]!)) ? map : undefined;
}

/** Rows of `next` laid out on the columns of `first`: a cell goes to its left line's column, the columns it covers stay empty. */
function onColumns(rows: readonly GridCell[][], map: readonly number[], width: number): GridCell[][] {
  return rows.map((row) => {
    const out: GridCell[] = Array.from({ length: width }, () => ({ text: '' }));
    row.forEach((cell, c) => { out[map[c]!] = cell; });
    return out;
  });
}

const rowKey = (row: readonly GridCell[]): string => row.map((c) => cellText(c.text)).join('|');

/** Rows of a table continued on the next page, its repeated header rows (equal to the first rows) left out. */
function continuation(first: readonly GridCell[][], next: readonly GridCell[][]): GridCell[][] {
  let skip = 0;
  while (skip < next.length && skip < first.length && rowKey(first[skip]!) === rowKey(next[skip]!) && rowKey(next[skip]!).replace(/\|/g, '') !== '') skip++;
  return next.slice(skip);
}

/** A heading or list item starts its own line even after a full line ("二、", "（三）", "3.", "第二章"). */
const STARTS_ITEM = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十\d]+[章节条部分])/;

interface PageFrame { readonly left: number; readonly right: number }

function frames(pages: readonly Block[][]): Map<number, PageFrame> {
  const out = new Map<number, PageFrame>();
  for (const blocks of pages) {
    const lines = blocks.filter((b): b is LineBlock => b.kind === 'line' && !b.marginal);
    if (lines.length === 0) continue;
    out.set(lines[0]!.page, { left: Math.min(...lines.map((l) => l.line.left)), right: Math.max(...lines.map((l) => l.line.right)) });
  }
  return out;
}

/** A line that runs to the right edge, followed by one at the left margin (not indented), is one paragraph wrapped. */
function continues(prev: LineBlock, next: LineBlock, frame: Map<number, PageFrame>): boolean {
  const a = frame.get(prev.page);
  const b = frame.get(next.page);
  if (!a || !b || STARTS_ITEM.test(next.text)) return false;
  const size = prev.line.size;
  if (Math.abs(next.line.size - size) > size * 0.15) return false;
  if (next.page === prev.page && next.line.y - prev.line.y > size * 2.5) return false;
  return prev.line.right >= a.right - size * 1.5 && next.line.left <= b.left + size * 0.5;
}

/**
 * The pages' blocks as the report's text: wrapped lines joined into paragraphs, each table as a pipe
 * table, a table continued at the top of the next page (same columns) joined to its first part.
 */
export function writeBlocks(pages: readonly Block[][]): TextBuilder {
  const out = new TextBuilder();
  const frame = frames(pages);
  const blocks = pages.flat();
  let pendingTable: TableBlock | undefined;
  let rows: GridCell[][] = [];
  let previousLine: LineBlock | undefined;
  const flushTable = (): void => {
    if (!pendingTable) return;
    out.blank();
    writePipeTable(rows, out);
    out.blank();
    pendingTable = undefined;
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      if (previousLine) { out.add('\n'); previousLine = undefined; }
      const map = pendingTable && block.page === pendingTable.page + 1 ? columnMap(pendingTable, block) : undefined;
      if (pendingTable && map) {
        rows.push(...continuation(rows, onColumns(block.rows, map, pendingTable.table.xs.length - 1)));
        pendingTable = block;
        continue;
      }
      flushTable();
      pendingTable = block;
      rows = [...block.rows];
      continue;
    }
    flushTable();
    if (previousLine && continues(previousLine, block, frame)) {
      const glue = /[\u2E80-\uFFEF]$/.test(previousLine.text) || /^[\u2E80-\uFFEF]/.test(block.text) ? '' : ' ';
      out.add(glue);
    } else if (previousLine) out.add('\n');
    out.add(block.text, { kind: 'page', page: block.page, line: block.line.number });
    previousLine = block;
  }
  flushTable();
  if (previousLine) out.add('\n');
  return out;
}
