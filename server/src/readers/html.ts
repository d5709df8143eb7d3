import { decodeBytes } from '../shared/decode';
import { htmlElements, htmlText, parseHtml, type HtmlElement } from './html-tree';
import { joinLines, writePipeTable, type GridCell } from './pipe-table';
import { TextBuilder } from './source-map';
import type { ReadDocument } from './types';

/** Page furniture: never part of the report. */
const FURNITURE_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'select', 'button', 'iframe', 'svg', 'object', 'embed', 'head']);
const FURNITURE_NAMES = /(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|header|breadcrumb|crumb|sidebar|side|share|related|xgwj|xglj|copyright|banner|toolbar|print|search)(?:$|[\s_-]|\d)/i;
/** A block that starts like this is the page's list of related files or links. */
const RELATED = /^\s*(?:相关(?:文件|链接|阅读|附件|稿件|解读|新闻)|附件[:：]?\s*$|扫一扫|分享到|【?打印(?:本页)?】?|【?关闭(?:窗口)?】?)/;
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'center', 'tr', 'table', 'body', 'html', 'hr', 'address', 'figure', 'figcaption', 'caption']);

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

const isFurniture = (e: HtmlElement): boolean =>
  FURNITURE_TAGS.has(e.tag) || FURNITURE_NAMES.test(`${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`) || /display\s*:\s*none/i.test(e.attrs.style ?? '') || 'hidden' in e.attrs;

/** Text characters under each element, furniture left out. */
function measure(e: HtmlElement, sizes: Map<HtmlElement, number>): number {
  if (isFurniture(e)) { sizes.set(e, 0); return 0; }
  let n = 0;
  for (const c of e.children) n += typeof c === 'string' ? c.replace(/\s+/g, '').length : measure(c, sizes);
  sizes.set(e, n);
  return n;
}

/** The content area: the deepest element holding most (70%) of the page's text. */
function contentRoot(root: HtmlElement): HtmlElement {
  const sizes = new Map<HtmlElement, number>();
  const total = measure(root, sizes);
  let at = root;
  for (;;) {
    const inner = htmlElements(at).find((c) => (sizes.get(c) ?? 0) >= total * 0.7);
    // A table is read whole: the content area is never inside one (nor is a paragraph split from its page).
    if (!inner || TABLE_PARTS.has(inner.tag) || inner.tag === 'p') return at;
    at = inner;
  }
}

/** A table as a grid: `rowspan`/`colspan` resolved, a spanning cell's text in its top-left grid cell. */
function tableGrid(table: HtmlElement, tableNumber: number): GridCell[][] {
  const rows: HtmlElement[] = [];
  const collect = (e: HtmlElement): void => {
    for (const c of htmlElements(e)) {
      if (c.tag === 'tr') rows.push(c);
      else if (c.tag !== 'table') collect(c);
    }
  };
  collect(table);
  const grid: GridCell[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let col = 0;
    htmlElements(tr).filter((c) => c.tag === 'td' || c.tag === 'th').forEach((cell, i) => {
      while (grid[r]![col] !== undefined) col++;
      const colspan = Math.min(1000, Math.max(1, Number(cell.attrs.colspan) || 1));
      const rowspan = Math.min(rows.length - r, Math.max(1, Number(cell.attrs.rowspan) || 1));
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![col + dc] = dr === 0 && dc === 0 ? { text: joinLines(blockText(cell).split('\n')), place: { kind: 'cell', table: tableNumber, row: r + 1, cell: i + 1 } } : { text: '' };
      }
      col += colspan;
    });
  });
  return grid.map((row) => Array.from({ length: row.length }, (_, c) => row[c] ?? { text: '' }));
}

/** An element's text with line breaks where blocks and `<br>` break it. */
function blockText(e: HtmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c.replace(/\s+/g, ' ') : c.tag === 'br' ? '\n' : BLOCKS.has(c.tag) ? `\n${blockText(c)}\n` : blockText(c))).join('');
}

class HtmlWriter {
  readonly out = new TextBuilder();
  private paragraphs = 0;
  private tables = 0;
  private line = '';

  private flush(): void {
    const text = this.line.replace(/[ \t]+/g, ' ').trim();
    this.line = '';
    if (text === '') return;
    this.paragraphs++;
    this.out.line(text, { kind: 'paragraph', paragraph: this.paragraphs });
  }

  walk(e: HtmlElement): void {
    for (const c of e.children) {
      if (typeof c === 'string') { this.line += c.replace(/\s+/g, ' '); continue; }
      if (isFurniture(c)) continue;
      if (c.tag === 'br') { this.flush(); continue; }
      if (c.tag === 'table' && !htmlElements(c).some(function nested(x): boolean { return x.tag === 'table' || htmlElements(x).some(nested); })) {
        this.flush();
        this.tables++;
        this.out.blank();
        writePipeTable(tableGrid(c, this.tables), this.out);
        this.out.blank();
        continue;
      }
      const block = BLOCKS.has(c.tag) || c.tag === 'td' || c.tag === 'th';
      if (block) {
        this.flush();
        if (RELATED.test(htmlText(c))) continue;
      }
      this.walk(c);
      if (block) this.flush();
    }
  }

  finish(): ReturnType<TextBuilder['result']> {
    this.flush();
    return this.out.result();
  }
}

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv`), if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

function decodeHtml(bytes: Uint8Array): string {
  const charset = declaredCharset(bytes);
  if (charset && !/^utf-?8$/.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch { /* an unknown label: detect as any text file */ }
  }
  const decoded = decodeBytes(bytes);
  return 'text' in decoded ? decoded.text : new TextDecoder('utf-8').decode(bytes);
}

/**
 * A saved web page (.html/.htm) → the report's text: the page's content area only (navigation,
 * headers, footers, scripts, styles and related-file lists dropped), tables with rowspan/colspan as
 * pipe tables, the declared charset (gb2312, gbk) honoured. No script runs, nothing is fetched.
 */
export function readHtml(bytes: Uint8Array): ReadDocument {
  const root = parseHtml(decodeHtml(bytes));
  const writer = new HtmlWriter();
  writer.walk(contentRoot(root));
  return { format: 'html', ...writer.finish() };
}
