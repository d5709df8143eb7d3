import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { checkReport } from '../../core/check';
import type { Cell, Span } from '../../core/model';
import { lineStartsOf, spanToRange } from '../../core/positions';
import type { TableId } from '../../core/spec';

/** Seed 003: the one seed in the 2023 template. */
export const SEED_2023 = '003_d85cf6fc72a9984b.txt';
/** Seed 000: 表四 with five blank 行政复议 cells. */
export const SEED_BLANKS = '000_a0b6767ae323edb5.txt';

export const rangeOf = (text: string, span: Span): Range => spanToRange(lineStartsOf(text), span, text) as Range;

/** A cell as the core reads it; fails the test (with the reason) while the parser cannot find it. */
export function cellOf(text: string, key: string): Cell {
  const { report } = checkReport(text);
  const cell = report.tables[key.slice(0, 2) as TableId]?.cells.get(key);
  assert.ok(cell, `the parser finds cell ${key}`);
  return cell;
}

export function numberOf(cell: Cell): bigint {
  assert.equal(cell.value.kind, 'number', `${cell.key} holds a number`);
  return cell.value.kind === 'number' ? cell.value.value.units : 0n;
}

/** The text with a span replaced, and the LSP change event that does it. */
export function replaceSpan(text: string, span: Span, newText: string): { text: string; change: { range: Range; text: string } } {
  return {
    text: text.slice(0, span.start) + newText + text.slice(span.end),
    change: { range: rangeOf(text, span), text: newText },
  };
}

export function applyWorkspaceEdit(uri: string, text: string, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = edit?.changes?.[uri] ?? [];
  assert.ok(edits.length > 0, 'the workspace edit changes the document');
  return TextDocument.applyEdits(TextDocument.create(uri, 'gov-report', 1, text), edits);
}
