import { DEFAULT_OPTIONS, type CheckOptions } from '../core/options';

/**
 * Options for the trait reports (test-fixtures/traits): invented reports with the template's tables and
 * a line of prose per section. The rules on what the law asks that prose to cover (GR408–GR414:
 * publication deadline, overview topics, accountability, …) judge content they never had, not how the
 * text was pasted: they are off.
 */
export const TRAIT_OPTIONS: CheckOptions = {
  ...DEFAULT_OPTIONS,
  rules: Object.fromEntries(['GR408', 'GR409', 'GR410', 'GR411', 'GR412', 'GR413', 'GR414'].map((c) => [c, 'off' as const])),
};
