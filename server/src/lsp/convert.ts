import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../core/model';
import { offsetToPosition, positionToOffset, spanToRange } from '../core/positions';
import type { Analysis } from './documents';

type Lines = Pick<Analysis, 'lineStarts' | 'text'>;

export const toPosition = (analysis: Lines, offset: number): Position =>
  offsetToPosition(analysis.lineStarts, offset, analysis.text);

export const toRange = (analysis: Lines, span: Span): Range => spanToRange(analysis.lineStarts, span, analysis.text);

export const toOffset = (analysis: Lines, position: Position): number =>
  positionToOffset(analysis.lineStarts, position, analysis.text);

export const toSpan = (analysis: Lines, range: Range): Span => ({
  start: toOffset(analysis, range.start),
  end: toOffset(analysis, range.end),
});

export const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Whether a span touches the range asked for (a request for visible lines, a code action's selection). */
export const touches = (span: Span, range: Span): boolean => span.start <= range.end && range.start <= span.end;
