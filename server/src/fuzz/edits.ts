import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-textdocument';
import type { Report, Table } from '../core/model';
import { parseReport } from '../core/parse';
import { renderTableTemplate } from '../core/templates';
import type { CorpusEntry } from './corpus';
import type { Random } from './random';

/** One incremental change as an editor sends it, and how to take it back. */
export interface EditStep {
  readonly name: string;
  readonly changes: TextDocumentContentChangeEvent[];
}

type RangeChange = { range: Range; text: string };

/**
 * A simulated editor: its own copy of the document, updated exactly as the server's is, so each
 * change is expressed in the positions of the version it applies to. Keeps an undo stack.
 */
export class EditorModel {
  private document: TextDocument;
  private readonly undo: RangeChange[][] = [];
  private parsed: { version: number; report: Report } | undefined;

  constructor(uri: string, text: string) {
    this.document = TextDocument.create(uri, 'gov-report', 1, text);
  }

  get text(): string {
    return this.document.getText();
  }

  get version(): number {
    return this.document.version;
  }

  report(): Report {
    if (this.parsed?.version !== this.document.version) this.parsed = { version: this.document.version, report: parseReport(this.text) };
    return this.parsed.report;
  }

  /** Replaces [start, end) offsets; returns the change event (in this version's positions). */
  replace(start: number, end: number, text: string): RangeChange {
    return { range: { start: this.document.positionAt(start), end: this.document.positionAt(end) }, text };
  }

  /** Applies changes (each relative to the text after the ones before it), recording their inverse. */
  apply(changes: RangeChange[], recordUndo = true): void {
    const inverse: RangeChange[] = [];
    for (const change of changes) {
      const start = this.document.offsetAt(change.range.start);
      const end = this.document.offsetAt(change.range.end);
      const removed = this.text.slice(start, end);
      this.document = TextDocument.update(this.document, [change], this.document.version);
      inverse.unshift({ range: { start: this.document.positionAt(start), end: this.document.positionAt(start + change.text.length) }, text: removed });
    }
    this.document = TextDocument.update(this.document, [], this.document.version + 1);
    if (recordUndo) this.undo.push(inverse);
  }

  /** The changes that undo the last recorded step, or undefined. */
  popUndo(): RangeChange[] | undefined {
    return this.undo.pop();
  }
}

const tables = (report: Report): Table[] => Object.values(report.tables).filter((t): t is Table => t !== undefined);

const lineStartAtOrBefore = (text: string, offset: number): number => {
  const i = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return i + 1;
};

const lineEndFrom = (text: string, offset: number): number => {
  const m = /\r\n|\r|\n/g;
  m.lastIndex = offset;
  const found = m.exec(text);
  return found ? found.index + found[0].length : text.length;
};

/**
 * The next edit of a random session: typing digits into a cell (one keystroke at a time or several
 * changes in one event), deleting a row or a line, pasting a table, deleting a selection, breaking
 * a line, or undoing the last step. Returns the step; the model is updated.
 */
export function nextEdit(model: EditorModel, rng: Random, corpus: readonly CorpusEntry[]): EditStep {
  const text = model.text;
  const report = model.report();
  const cells = tables(report).flatMap((t) => [...t.cells.values()]);
  const kind = rng.int(100);

  const step = (name: string, changes: RangeChange[], recordUndo = true): EditStep => {
    model.apply(changes, recordUndo);
    return { name, changes };
  };

  if (kind < 12) {
    const undo = model.popUndo();
    if (undo) return step('undo', undo, false);
  }
  if (kind < 40 && cells.length > 0) {
    // Typing into a cell: the digits arrive one change at a time, each at the caret.
    const cell = rng.pick(cells);
    const digits = String(rng.int(rng.chance(0.2) ? 100000 : 100));
    const at = rng.chance(0.5) ? cell.span.end : cell.span.start;
    if (rng.chance(0.5)) {
      const changes: RangeChange[] = [];
      const probe = new EditorModel('probe://', text);
      [...digits].forEach((d, i) => {
        const change = probe.replace(at + i, at + i, d);
        changes.push(change);
        probe.apply([change], false);
      });
      return step('type-digits', changes);
    }
    return step('replace-cell', [model.replace(cell.span.start, cell.span.end, digits)]);
  }
  if (kind < 55) {
    // Deleting a table row (or any line): the whole line with its break.
    const rows = tables(report).flatMap((t) => t.rows);
    const anchor = rows.length > 0 && rng.chance(0.7) ? rng.pick(rows).span.start : rng.int(text.length + 1);
    const start = lineStartAtOrBefore(text, anchor);
    let end = lineEndFrom(text, start);
    for (let n = rng.int(3); n > 0; n--) end = lineEndFrom(text, end);
    return step('delete-row', [model.replace(start, end, '')]);
  }
  if (kind < 67) {
    // Pasting a table: a template or a table cut from another report, at a line start.
    const other = parseReport(rng.pick(corpus).text);
    const found = tables(other);
    const pasted = found.length > 0 && rng.chance(0.5)
      ? other.text.slice(rng.pick(found).span.start, rng.pick(found).span.end)
      : renderTableTemplate(rng.pick(['s2', 's3', 's4'] as const), rng.pick(['pipe', 'tab'] as const));
    const at = lineStartAtOrBefore(text, rng.int(text.length + 1));
    return step('paste-table', [model.replace(at, at, `${pasted}\n`)]);
  }
  if (kind < 80) {
    // A selection deleted or overwritten (may cut through anything, line breaks included).
    const start = rng.int(text.length + 1);
    const end = Math.min(text.length, start + rng.int(rng.chance(0.8) ? 40 : 2000));
    return step('delete-selection', [model.replace(start, end, rng.pick(['', '', 'x', '0', '\t', '|', '（'])) ]);
  }
  if (kind < 90) {
    // Enter, or a line break in the other convention.
    const at = rng.int(text.length + 1);
    return step('line-break', [model.replace(at, at, rng.pick(['\n', '\n', '\r\n', '\n\n']))]);
  }
  // Several unrelated changes in one event, each in the positions left by the one before.
  const probe = new EditorModel('probe://', text);
  const changes: RangeChange[] = [];
  for (let n = rng.range(2, 4); n > 0; n--) {
    const length = probe.text.length;
    const start = rng.int(length + 1);
    const change = probe.replace(start, Math.min(length, start + rng.int(5)), rng.pick(['1', '23', '', '\t', '一、', '\n']));
    changes.push(change);
    probe.apply([change], false);
  }
  return step('multi-change', changes);
}
