import type { Block } from './pdf-layout';
import { isColumnar } from './pdf-lines';
import { cellText, writePipeTable, type GridCell } from './pipe-table';
import { TextBuilder } from './source-map';

/** Column lines closer than this (points) are the same column on the next page. */
const SAME_COLUMN = 3;

type TableBlock = Extract<Block, { kind: 'table' }>;
type LineBlock = Extract<Block, { kind: 'line' }>;

/** Column lines of both parts of a table, or undefined when they do not share their outer edges (not one table). */
function sharedColumns(a: readonly number[], b: readonly number[]): number[] | undefined {
  const near = (x: number, y: number): boolean => Math.abs(x - y) <= SAME_COLUMN;
  if (!near(a[0]!, b[0]!) || !near(a[a.length - 1]!, b[b.length - 1]!)) return undefined;
  const all = [...a];
  for (const x of b) if (!all.some((y) => near(x, y))) all.push(x);
  return all.sort((x, y) => x - y);
}

/** Rows laid out on finer column lines: a cell goes to its left line's column, the columns it now covers stay empty. */
function relaid(rows: readonly GridCell[][], xs: readonly number[], onto: readonly number[]): GridCell[][] {
  if (xs.length === onto.length) return rows.map((r) => [...r]);
  const at = xs.map((x) => onto.findIndex((y) => Math.abs(x - y) <= SAME_COLUMN));
  return rows.map((row) => {
    const out: GridCell[] = Array.from({ length: onto.length - 1 }, () => ({ text: '' }));
    row.forEach((cell, c) => { out[at[c]!] = cell; });
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

/**
 * A line that runs to the right edge, followed by one at the left margin (not indented), is one paragraph
 * wrapped; a row of columns (a table without borders) is never part of a paragraph.
 */
function continues(prev: LineBlock, next: LineBlock, frame: Map<number, PageFrame>): boolean {
  const a = frame.get(prev.page);
  const b = frame.get(next.page);
  if (!a || !b || STARTS_ITEM.test(next.text) || isColumnar(prev.line) || isColumnar(next.line)) return false;
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
  let columns: readonly number[] = [];
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
      const shared = pendingTable && block.page === pendingTable.page + 1 ? sharedColumns(columns, block.table.xs) : undefined;
      if (pendingTable && shared) {
        rows = relaid(rows, columns, shared);
        rows.push(...continuation(rows, relaid(block.rows, block.table.xs, shared)));
        columns = shared;
        pendingTable = block;
        continue;
      }
      flushTable();
      pendingTable = block;
      rows = [...block.rows];
      columns = block.table.xs;
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
