import type { Field, Tokens } from './fields';
import { labelNorm } from './value';

export type TextField = Extract<Field, { kind: 'text' }>;

/** Label tokens kept while waiting for values; older ones cannot matter to the matcher. */
const MAX_LABEL_TOKENS = 48;

/**
 * Walks the fields of a region, handing every run of values (with the label text gathered before
 * it) to `onRun`. Returns true from `onRun` when the label was used up. A run with no value at all
 * (only empty cells) is offered too, so fully blank rows can be recognised; its label is kept if unused.
 */
export function walk(
  tokens: Tokens,
  onRun: (label: readonly TextField[], run: readonly Field[], hasValue: boolean, after: Field | undefined) => boolean,
): void {
  let label: TextField[] = [];
  let run: Field[] = [];
  let runRow = -1;
  let hasValue = false;
  const flush = (after?: Field): void => {
    if (run.length === 0) return;
    const consumed = onRun(label, run, hasValue, after);
    if (consumed || hasValue) label = [];
    run = [];
    hasValue = false;
  };
  for (const f of tokens.fields) {
    if (run.length > 0 && ((tokens.policy === 'row' && f.row !== runRow) || (tokens.policy === 'blank' && f.blankBefore))) flush(f);
    if (f.kind === 'text') {
      // Short text among the numbers of a row is a value that is not a number (`无`, `—`), not a label.
      if (tokens.policy === 'row' && hasValue && f.row === runRow && labelNorm(f.raw).length <= 4) {
        run.push({ kind: 'value', token: { value: { kind: 'invalid', text: f.raw }, span: f.span, raw: f.raw }, span: f.span, row: f.row, col: f.col, blankBefore: f.blankBefore });
        continue;
      }
      flush(f);
      label.push(f);
      if (label.length > MAX_LABEL_TOKENS * 2) label = label.slice(-MAX_LABEL_TOKENS);
    } else {
      run.push(f);
      runRow = f.row;
      if (f.kind === 'value') hasValue = true;
    }
  }
  flush();
}
