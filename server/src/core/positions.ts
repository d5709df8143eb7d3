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

const isLineBreak = (c: number): boolean => c === 10 || c === 13;

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

/**
 * Offset → position. Offsets outside the text are clamped to it (pass the text or its length).
 * Given the text, an offset between the `\r` and `\n` of a CRLF resolves to the end of the line
 * before the break, exactly as the LSP text document does.
 */
export function offsetToPosition(lineStarts: readonly number[], offset: number, textOrLength?: string | number): Position {
  const text = typeof textOrLength === 'string' ? textOrLength : undefined;
  const length = typeof textOrLength === 'number' ? textOrLength : text?.length ?? Infinity;
  let clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, length));
  const line = lineOf(lineStarts, clamped);
  const lineStart = lineStarts[line] ?? 0;
  if (text !== undefined) {
    while (clamped > lineStart && isLineBreak(text.charCodeAt(clamped - 1))) clamped--;
  }
  return { line, character: clamped - lineStart };
}

export function spanToRange(lineStarts: readonly number[], span: { readonly start: number; readonly end: number }, textOrLength?: string | number): Range {
  const start = offsetToPosition(lineStarts, span.start, textOrLength);
  const end = offsetToPosition(lineStarts, Math.max(span.start, span.end), textOrLength);
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
  while (end > start && isLineBreak(text.charCodeAt(end - 1))) end--;
  return start + Math.max(0, Math.min(position.character, end - start));
}
