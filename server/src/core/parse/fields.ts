import type { TableStyle } from '../model';
import type { Line, Lines } from './text';
import { splitFlattened } from './flattened';
import { splitField, type Piece } from './value';

/** A piece of a table region with its physical row and whether a truly blank line preceded it. */
export type Field = Piece;

/**
 * How a run of values ends: 'row' = at the end of its physical row (tab, pipe, HTML rows);
 * 'blank' = at a blank line (tab-indented Word export, one cell per line);
 * 'text' = only at the next label (blank-line-separated PDF/web export, where blank lines are layout).
 */
export type RunPolicy = 'row' | 'blank' | 'text';

export interface Tokens {
  readonly fields: readonly Field[];
  readonly style: TableStyle;
  readonly policy: RunPolicy;
}

/** Beyond this many separators on one line the rest of the line is one field: no report has such rows. */
const MAX_FIELDS_PER_LINE = 2000;

const isBlank = (text: string, line: Line): boolean => {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0x3000 && c !== 0xa0 && c !== 9) return false;
  }
  return true;
};

/** indexOf of one UTF-16 unit bounded to [from, end): scans never run past the line or region they serve. */
export function indexIn(text: string, ch: string, from: number, end: number): number {
  // Codes, not one-character strings: `text[i]` makes a string per character of CJK text.
  const code = ch.charCodeAt(0);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

const hasTab = (text: string, line: Line): boolean => indexIn(text, '\t', line.start, line.end) >= 0;

function countTabFields(text: string, line: Line): number {
  let count = 0;
  let nonSpace = false;
  for (let i = line.start; i <= line.end; i++) {
    const c = i < line.end ? text.charCodeAt(i) : 9;
    if (c === 9) {
      if (nonSpace) count++;
      if (count >= 3) return count;
      nonSpace = false;
    } else if (c !== 32 && c !== 0x3000 && c !== 0xa0) nonSpace = true;
  }
  return count;
}

function detect(text: string, lines: Lines, from: number, to: number): { style: TableStyle; policy: RunPolicy } {
  let html = 0;
  let pipe = 0;
  let tabMulti = 0;
  let tabIndented = 0;
  let plain = 0;
  for (let li = from; li < to; li++) {
    const line = lines.line(li);
    if (isBlank(text, line)) continue;
    let s = line.start;
    while (s < line.end && (text[s] === ' ' || text[s] === '\u3000')) s++;
    if (isPipeRow(text, line)) pipe++;
    const lt = indexIn(text, '<', line.start, Math.min(line.end, line.start + 4000));
    if (lt >= 0) {
      const head = text.slice(lt, Math.min(line.end, line.start + 4000)).toLowerCase();
      if (head.includes('<td') || head.includes('<th') || head.includes('<tr')) html++;
    }
    if (hasTab(text, line)) {
      if (countTabFields(text, line) >= 2) tabMulti++;
      else if (text[line.start] === '\t') tabIndented++;
      else plain++;
    } else plain++;
  }
  if (html > 0) return { style: 'html', policy: 'row' };
  if (pipe >= 2) return { style: 'pipe', policy: 'row' };
  if (tabMulti >= 2 && tabMulti >= tabIndented) return { style: 'tab', policy: 'row' };
  if (tabIndented >= 3 && tabIndented * 2 >= plain) return { style: 'cell-per-line', policy: 'blank' };
  return { style: 'cell-per-line', policy: 'text' };
}

class Sink {
  readonly fields: Field[] = [];
  row = 0;
  blank = false;
  private col = 0;
  private colRow = -1;
  constructor(
    private readonly text: string,
    /** The region lies on a flattened page's line: its numbers are run into its labels. */
    private readonly flattened = false,
  ) {}
  field(start: number, end: number): void {
    if (this.colRow !== this.row) {
      this.colRow = this.row;
      this.col = 0;
    }
    const pieces = splitFlattened(this.text, start, end, this.row, this.col, this.blank, this.flattened)
      ?? splitField(this.text, start, end, this.row, this.col, this.blank);
    for (const p of pieces) this.fields.push(p);
    this.col += pieces.length;
    this.blank = false;
  }
  /** The fields of text[start, end) separated by `sep`, capped. */
  split(start: number, end: number, sep: string): void {
    let from = start;
    for (let n = 0; n < MAX_FIELDS_PER_LINE; n++) {
      const i = indexIn(this.text, sep, from, end);
      if (i < 0) break;
      this.field(from, i);
      from = i + 1;
    }
    this.field(from, end);
  }
}

/** A line of three or more `-` or `=` and nothing else (spaces aside). */
function isRule(text: string, line: Line): boolean {
  let mark = '';
  let count = 0;
  for (let i = line.start; i < line.end; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') continue;
    if ((c !== '-' && c !== '=') || (mark !== '' && c !== mark)) return false;
    mark = c;
    count++;
  }
  return count >= 3;
}

/** A cell separator of a pipe row: `|`, or the full-width `｜` an input method types. */
const isBar = (text: string, i: number): boolean => (text[i] === '|' || text[i] === '\uff5c') && text[i - 1] !== '\\';

/** A GFM table row: `| a | b |`, or `a | b` without the outer bars (two bars at least, then). */
function isPipeRow(text: string, line: Line): boolean {
  let s = line.start;
  while (s < line.end && (text[s] === ' ' || text[s] === '\u3000')) s++;
  if (isBar(text, s)) {
    for (let i = s + 1; i < line.end; i++) if (isBar(text, i)) return true;
    return false;
  }
  let bars = 0;
  for (let i = s; i < line.end && bars < 2; i++) if (isBar(text, i)) bars++;
  return bars >= 2;
}

function pipeRow(text: string, line: Line, sink: Sink): void {
  let s = line.start;
  while (s < line.end && (text[s] === ' ' || text[s] === '\u3000')) s++;
  let e = line.end;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\u3000')) e--;
  if (isBar(text, s)) s++;
  if (e > s && isBar(text, e - 1)) e--;
  // Separator row |---|:--:| (a row of empty cells has no dash)
  let separator = true;
  let dash = false;
  for (let i = s; i < e; i++) {
    const c = text[i];
    if (c === '-') dash = true;
    else if (c !== ':' && c !== '|' && c !== '\uff5c' && c !== ' ') {
      separator = false;
      break;
    }
  }
  if (separator && dash) return;
  let from = s;
  let count = 0;
  for (let i = s; i < e && count < MAX_FIELDS_PER_LINE; i++) {
    if (isBar(text, i)) {
      sink.field(from, i);
      from = i + 1;
      count++;
    }
  }
  sink.field(from, e);
}

/** HTML: every <tr> is a physical row, every <td>/<th> a field; text outside cells becomes label lines. */
function htmlRegion(text: string, start: number, end: number, sink: Sink): void {
  let cellStart = -1;
  let outsideFrom = start;
  const outside = (a: number, b: number): void => {
    let from = a;
    for (let i = a; i <= b; i++) {
      if (i === b || text[i] === '\n' || text[i] === '\r') {
        if (i > from && /\S/.test(text.slice(from, Math.min(i, from + 4000)))) {
          sink.row++;
          sink.field(from, i);
        }
        from = i + 1;
      }
    }
  };
  const closeCell = (at: number): void => {
    if (cellStart >= 0) sink.field(cellStart, at);
    cellStart = -1;
  };
  let i = start;
  let gt = -1;
  while (i < end) {
    const lt = indexIn(text, '<', i, end);
    if (lt < 0) break;
    const after = text.charCodeAt(lt + 1);
    if (!((after >= 65 && after <= 90) || (after >= 97 && after <= 122) || after === 47 || after === 32)) {
      i = lt + 1;
      continue;
    }
    if (gt <= lt) gt = indexIn(text, '>', lt + 1, end);
    if (gt < 0) break;
    const m = /^<\s*(\/?)\s*([a-zA-Z]+)/.exec(text.slice(lt, Math.min(gt + 1, lt + 40)));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'tr' || name === 'td' || name === 'th' || name === 'table' || name === 'thead' || name === 'tbody') {
      if (cellStart < 0 && lt > outsideFrom) outside(outsideFrom, lt);
      if (name === 'td' || name === 'th') {
        closeCell(lt);
        if (!closing) cellStart = gt + 1;
      } else {
        closeCell(lt);
        if (name === 'tr' || name === 'table') sink.row++;
      }
      // Everything before the tag is read now: by outside() or as the cell it closed.
      outsideFrom = gt + 1;
    }
    i = gt + 1;
  }
  // A cell left open (converters drop closing tags) runs to the end; text after the last tag is outside.
  const inCell = cellStart >= 0;
  closeCell(end);
  if (!inCell && outsideFrom < end) outside(outsideFrom, end);
}

/** Cuts the lines of a table region into fields, choosing the layout from what the lines look like. */
export function tokenize(text: string, lines: Lines, from: number, to: number, flattened = false): Tokens {
  const { style, policy } = detect(text, lines, from, to);
  const sink = new Sink(text, flattened);
  if (style === 'html' && to > from) {
    htmlRegion(text, lines.starts[from]!, lines.ends[to - 1]!, sink);
    return { fields: sink.fields, style, policy };
  }
  // PDF text keeps a row on one line (`规章 0 0 3`); one-cell-per-line exports put a value alone on its line.
  let mixedLines = 0;
  let loneValueLines = 0;
  for (let li = from; li < to; li++) {
    const line = lines.line(li);
    if (isBlank(text, line)) {
      if (policy === 'row' && hasTab(text, line)) {
        // A row of empty cells.
        sink.row++;
        sink.split(line.start, line.end, '\t');
        continue;
      }
      if (policy === 'blank' && hasTab(text, line)) {
        // A lone tab: one empty cell in a tab-indented export.
        sink.row++;
        let at = line.end;
        while (at > line.start && text[at - 1] !== '\t') at--;
        sink.field(at, at);
      } else sink.blank = true;
      continue;
    }
    // A Setext underline or thematic break (`------`, `======`) is Markdown markup, not an empty cell.
    if (isRule(text, line)) continue;
    sink.row++;
    const before = sink.fields.length;
    if (style === 'pipe' && isPipeRow(text, line)) pipeRow(text, line, sink);
    else if (hasTab(text, line)) {
      let s = line.start;
      if (policy !== 'row') while (s < line.end && text[s] === '\t') s++;
      sink.split(s, line.end, '\t');
    } else sink.field(line.start, line.end);
    let values = 0;
    for (let k = before; k < sink.fields.length; k++) if (sink.fields[k]!.kind === 'value') values++;
    const count = sink.fields.length - before;
    if (values >= 1 && count >= 2 && !hasTab(text, line)) mixedLines++;
    else if (values === 1 && count === 1) loneValueLines++;
  }
  const finalStyle: TableStyle = style === 'cell-per-line' && mixedLines > 0 && mixedLines >= loneValueLines ? 'space' : style;
  return { fields: sink.fields, style: finalStyle, policy };
}
