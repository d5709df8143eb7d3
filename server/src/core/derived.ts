import type { Report } from './model';

/**
 * Data several rules derive from one report (its cell list, its evaluated equations, its prose
 * figures), computed once and kept on the report itself as a hidden (non-enumerable, symbol-keyed)
 * property, so it dies with the report. Not in a WeakMap keyed by the report: V8's young-generation
 * collector treats WeakMap values as live, so each short-lived report of a check would survive into
 * the old generation whole, and a folder of reports would cost a full collection every few hundred.
 * A copy of a report (`{ ...report }`) carries none of it and derives its own.
 */
export interface Derived<T> {
  readonly key: symbol;
  readonly compute: (report: Report) => T;
}

export const derivedData = <T>(name: string, compute: (report: Report) => T): Derived<T> => ({ key: Symbol(name), compute });

export function derive<T>(report: Report, derived: Derived<T>): T {
  const held = (report as unknown as Record<symbol, T | undefined>)[derived.key];
  if (held !== undefined) return held;
  const value = derived.compute(report);
  if (Object.isExtensible(report)) Object.defineProperty(report, derived.key, { value });
  return value;
}
