import { byCode } from '../core/rules';
import type { CliDiagnostic, FileOutcome } from './analyze';

/**
 * Links in chain order (agency, then year), so that a worker checking one year has usually just
 * parsed last year's report as the one before (see the parse cache in analyze.ts).
 */
export function chainOrder(links: Iterable<[number, string]>, outcomes: readonly FileOutcome[]): [number, string][] {
  const keyOf = (i: number): [string, number] => {
    const o = outcomes[i];
    return o?.status === 'checked' && o.link ? [o.link.agency, o.link.year] : ['', 0];
  };
  return [...links].sort((a, b) => {
    const [x, y] = [keyOf(a[0]), keyOf(b[0])];
    return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1];
  });
}

const byPosition = (a: CliDiagnostic, b: CliDiagnostic): number =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || byCode(a.code, b.code);

/** The first pass's outcome with the second pass's (phase `cross-year`) findings added in place (same order as a single check). */
export function withCrossYear(first: FileOutcome, second: FileOutcome): FileOutcome {
  if (first.status !== 'checked' || second.status !== 'checked') return first;
  const added = second.diagnostics;
  if (added.length === 0) return first;
  return { ...first, diagnostics: [...first.diagnostics, ...added].sort(byPosition) };
}
