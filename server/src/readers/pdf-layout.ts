import type { PageContent, PageText } from './pdf-geometry';
import { latticeTables, type LatticeTable } from './pdf-lattice';
import { lineText, visualLines, type VisualLine } from './pdf-lines';
import { joinLines, type GridCell } from './pipe-table';
import { blankCells } from './pdf-stream';

export type Block =
  | { readonly kind: 'line'; readonly page: number; readonly line: VisualLine; readonly text: string; readonly marginal: boolean }
  | { readonly kind: 'table'; readonly page: number; readonly table: LatticeTable; readonly rows: GridCell[][] };

/** Top and bottom bands of a page where running heads, footers and page numbers sit (share of its height). */
const MARGIN_BAND = 0.09;

const PAGE_NUMBER = /^(?:[-－—–\s]*\d+[-－—–\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

function tableRows(table: LatticeTable, page: number, lineOf: Map<PageText, number>): GridCell[][] {
  const cols = table.xs.length - 1;
  const rows: GridCell[][] = [];
  for (let r = 0; r < table.ys.length - 1; r++) {
    const row: GridCell[] = [];
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const texts = table.anchors[i] === i ? table.texts.get(i) : undefined;
      if (!texts) { row.push({ text: '' }); continue; }
      const lines = visualLines(texts);
      if (lines.length === 0) { row.push({ text: '' }); continue; }
      row.push({ text: joinLines(lines.map((l) => lineText(l.texts))), place: { kind: 'page', page, line: lineOf.get(lines[0]!.texts[0]!) ?? 1 } });
    }
    rows.push(row);
  }
  return rows;
}

/** One page's blocks, top to bottom: lines of text outside tables (rows of tables without borders with their blank cells), and tables rebuilt from their rulings. */
export function pageBlocks(page: PageContent): Block[] {
  const lineOf = new Map<PageText, number>();
  visualLines(page.texts).forEach((l, i) => { for (const t of l.texts) lineOf.set(t, i + 1); });
  const { tables, used } = latticeTables(page.rulings, page.texts);
  const blocks: { top: number; block: Block }[] = tables.map((table) => ({ top: table.top, block: { kind: 'table', page: page.number, table, rows: tableRows(table, page.number, lineOf) } }));
  const lines = visualLines(page.texts.filter((t) => !used.has(t)));
  const withBlanks = blankCells(lines);
  lines.forEach((line, i) => {
    line.number = lineOf.get(line.texts[0]!) ?? 1;
    const marginal = line.y < page.height * MARGIN_BAND || line.y - line.size > page.height * (1 - MARGIN_BAND);
    blocks.push({ top: line.y - line.size, block: { kind: 'line', page: page.number, line, text: withBlanks.get(i) ?? lineText(line.texts), marginal } });
  });
  return blocks.sort((a, b) => a.top - b.top).map((b) => b.block);
}

/**
 * Drops running heads, footers and page numbers: lines in a page's top or bottom band that are a page
 * number, or whose text (digits aside) recurs in the bands of at least half the pages (two or more).
 */
export function dropMarginalia(pages: readonly Block[][]): Block[][] {
  const shape = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, Set<number>>();
  for (const blocks of pages) {
    for (const b of blocks) if (b.kind === 'line' && b.marginal) seen.set(shape(b.text), (seen.get(shape(b.text)) ?? new Set()).add(b.page));
  }
  const recurring = (text: string): boolean => pages.length >= 2 && (seen.get(shape(text))?.size ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((blocks) => blocks.filter((b) => b.kind !== 'line' || !b.marginal || !(PAGE_NUMBER.test(b.text) || recurring(b.text))));
}
