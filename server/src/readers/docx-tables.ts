import type { GridCell } from './pipe-table';
import { child, childrenNamed, elementsOf, type XmlElement } from './xml';

/** A `w:tc` as it sits in its row: grid columns spanned, whether it continues a vertical merge. */
interface RowCell {
  readonly element: XmlElement;
  readonly span: number;
  readonly continues: boolean;
}

/** Rows or cells wrapped in content controls or custom XML are unwrapped. */
function unwrapped(e: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elementsOf(e)) {
    if (c.name === name) out.push(c);
    else if (c.name === 'w:sdt') out.push(...unwrapped(child(c, 'w:sdtContent') ?? c, name));
    else if (c.name === 'w:customXml') out.push(...unwrapped(c, name));
  }
  return out;
}

function rowCells(tr: XmlElement): { before: number; cells: RowCell[] } {
  const before = Number(child(child(tr, 'w:trPr'), 'w:gridBefore')?.attrs['w:val'] ?? '0') || 0;
  const cells = unwrapped(tr, 'w:tc').map((tc) => {
    const tcPr = child(tc, 'w:tcPr');
    const vMerge = child(tcPr, 'w:vMerge');
    return {
      element: tc,
      span: Math.max(1, Number(child(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? '1') || 1),
      continues: vMerge !== undefined && (vMerge.attrs['w:val'] ?? 'continue') === 'continue',
    };
  });
  return { before, cells };
}

/**
 * A Word table as a grid: every row as wide as the table's grid, a merged cell's text in its first
 * (top-left) grid cell and the cells it covers empty — the layout of a Markdown table with merged cells.
 * `cellText` reads a cell's paragraphs; table, row and cell numbers in places count from 1.
 */
export function tableGrid(tbl: XmlElement, tableNumber: number, cellText: (tc: XmlElement) => string): GridCell[][] {
  const rows = unwrapped(tbl, 'w:tr').map(rowCells);
  const declared = childrenNamed(child(tbl, 'w:tblGrid') ?? tbl, 'w:gridCol').length;
  const width = Math.max(declared, ...rows.map((r) => r.before + r.cells.reduce((n, c) => n + c.span, 0)));
  return rows.map((row, r) => {
    const grid: GridCell[] = Array.from({ length: width }, () => ({ text: '' }));
    let col = row.before;
    row.cells.forEach((cell, i) => {
      if (col < width && !cell.continues) {
        grid[col] = { text: cellText(cell.element), place: { kind: 'cell', table: tableNumber, row: r + 1, cell: i + 1 } };
      }
      col += cell.span;
    });
    return grid;
  });
}
