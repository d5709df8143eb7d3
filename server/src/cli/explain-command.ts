import { cellAt, explainCell, explainRowLabel } from '../core/explain';
import type { Locale } from '../core/findings';
import { parseReport } from '../core/parse';
import { lineStartsOf, positionToOffset } from '../core/positions';
import { unreadable } from './analyze';
import { renderEquation } from '../core/arithmetic';
import { cellText, rowText } from './explain-text';
import { readReport } from '../shared/read-file';
import { messages } from './messages';
import { ENCODING_NAMES } from '../shared/decode';

export interface ExplainRequest {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly locale: Locale;
  readonly maxSize: number;
  readonly format: 'text' | 'json';
}

export type ExplainResult = { readonly ok: true; readonly stdout: string; readonly notes: readonly string[] } | { readonly ok: false; readonly error: string };

/** `gov-report explain <file> <line>:<col>`: what a hover on that cell (or row label) shows. */
export function explainAt(request: ExplainRequest): ExplainResult {
  const m = messages(request.locale);
  const read = readReport(request.file, request.maxSize);
  if (read.kind !== 'text') {
    const outcome = unreadable(read, request.file, request);
    return { ok: false, error: 'message' in outcome ? outcome.message : m.binary(request.file) };
  }
  const notes = read.encoding === 'utf-8' || read.encoding === 'utf-8-bom' ? [] : [read.encoding === 'utf-8-lossy' ? m.lossy(request.file) : m.encoding(request.file, ENCODING_NAMES[read.encoding])];
  const text = read.text;
  const lineStarts = lineStartsOf(text);
  const position = `${request.line}:${request.column}`;
  if (request.line > lineStarts.length) return { ok: false, error: m.noCell(request.file, position) };
  const offset = positionToOffset(lineStarts, { line: request.line - 1, character: request.column - 1 }, text);
  const report = parseReport(text);
  const cell = cellAt(report, offset);
  const explanation = cell ? explainCell(report, cell.key, request.locale) : undefined;
  if (explanation) {
    if (request.format === 'json') {
      const json = {
        file: request.file,
        key: explanation.key,
        path: explanation.path,
        value: explanation.value,
        raw: explanation.cell.raw,
        equations: explanation.equations.map((e) => ({ text: renderEquation(e), holds: e.holds ?? null })),
      };
      return { ok: true, stdout: `${JSON.stringify(json, null, 2)}\n`, notes };
    }
    return { ok: true, stdout: `${cellText(explanation, request.locale)}\n`, notes };
  }
  const row = explainRowLabel(report, offset, request.locale);
  if (row) {
    const stdout = request.format === 'json'
      ? `${JSON.stringify({ file: request.file, table: row.table.id, row: row.row.key, label: row.row.label, text: rowText(row, request.locale) }, null, 2)}\n`
      : `${rowText(row, request.locale)}\n`;
    return { ok: true, stdout, notes };
  }
  return { ok: false, error: m.noCell(request.file, position) };
}
