/**
 * Offset ↔ position conversion shared by the CLI and the language server, so both print the same
 * ranges. Offsets are UTF-16 code units (JavaScript string indices); a position is LSP-shaped:
 * 0-based line and 0-based UTF-16 character. Line ends are `\r\n`, `\r` and `\n`, as in LSP.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Offsets at which each line starts; the first is always 0. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The line holding `offset` (the last line start ≤ offset). */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Offset → position. Offsets outside the text are clamped to it (negative → 0). */
export function offsetToPosition(lineStarts: readonly number[], offset: number, textLength = Infinity): Position {
  const clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, textLength));
  const line = lineOf(lineStarts, clamped);
  return { line, character: clamped - (lineStarts[line] ?? 0) };
}

export function spanToRange(lineStarts: readonly number[], span: { readonly start: number; readonly end: number }, textLength = Infinity): Range {
  const start = offsetToPosition(lineStarts, span.start, textLength);
  const end = offsetToPosition(lineStarts, Math.max(span.start, span.end), textLength);
  return { start, end };
}

/**
 * Position → offset, as an editor resolves it: a line past the end gives the text's length; a
 * character past the line's end stops before the line break.
 */
export function positionToOffset(lineStarts: readonly number[], position: Position, text: string): number {
  if (position.line < 0) return 0;
  if (position.line >= lineStarts.length) return text.length;
  const start = lineStarts[position.line]!;
  let end = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1]! : text.length;
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return start + Math.max(0, Math.min(position.character, end - start));
}
