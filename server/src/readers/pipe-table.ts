import type { SourcePlace, TextBuilder } from './source-map';

/** One cell of a rebuilt table: its text (merged-away cells are empty) and where it came from. */
export interface GridCell {
  readonly text: string;
  readonly place?: SourcePlace;
}

/** Text of one cell on one line of a pipe table: inner line breaks joined, pipes escaped. */
export function cellText(text: string): string {
  return joinLines(text.split(/\r\n|[\r\n\u2028\u2029\v]/)).replace(/\|/g, '\\|').replace(/\t/g, ' ').trim();
}

const CJK_OR_PUNCT = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Lines of one cell or paragraph joined: nothing between CJK characters, one space between words. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') { out = line; continue; }
    const glue = CJK_OR_PUNCT.test(out[out.length - 1]!) || CJK_OR_PUNCT.test(line[0]!) ? '' : ' ';
    out += glue + line;
  }
  return out;
}

/** Rows of a rebuilt grid as a Markdown pipe table (the layout the parser reads exactly). */
export function writePipeTable(rows: readonly (readonly GridCell[])[], out: TextBuilder): void {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 0) return;
  rows.forEach((row, r) => {
    out.add('|');
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const text = cell ? cellText(cell.text) : '';
      out.add(' ');
      out.add(text, cell?.place);
      out.add(text === '' ? '|' : ' |');
    }
    out.add('\n');
    if (r === 0) out.line(`|${' --- |'.repeat(width)}`);
  });
}
