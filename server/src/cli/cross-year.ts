import type { CheckOptions } from '../core/options';
import { RULES } from '../core/rules';
import type { CliDiagnostic, FileOutcome } from './analyze';

/** The rules that compare a report with last year's: the only ones the second pass needs to run. */
export const CROSS_YEAR_CODES: ReadonlySet<string> = new Set(['GR404', 'GR405', 'GR406']);

/** The options with every single-report rule off (their findings came from the first pass); the user's cross-year settings kept. */
export function crossYearOnly(options: CheckOptions): CheckOptions {
  const rules = { ...options.rules };
  for (const rule of RULES) if (!CROSS_YEAR_CODES.has(rule.code)) rules[rule.code] = 'off';
  return { ...options, rules };
}

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
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);

/** The first pass's outcome with the second pass's cross-year findings added in place (same order as a single check). */
export function withCrossYear(first: FileOutcome, second: FileOutcome): FileOutcome {
  if (first.status !== 'checked' || second.status !== 'checked') return first;
  const added = second.diagnostics.filter((d) => CROSS_YEAR_CODES.has(d.code));
  if (added.length === 0) return first;
  return { ...first, diagnostics: [...first.diagnostics, ...added].sort(byPosition) };
}
