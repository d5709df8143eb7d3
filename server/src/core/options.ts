import { z } from 'zod';
import type { Locale, RuleSetting } from './findings';

const ruleSetting = z.enum(['off', 'error', 'warning', 'information', 'info', 'hint'])
  .transform((s): RuleSetting => (s === 'info' ? 'information' : s));

/** The one options schema the CLI and the editor share (settings `govReport.*`). */
export const optionsSchema = z.object({
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  /** Per-rule severity by code (`GR301`) or slug (`row-total`). */
  rules: z.record(z.string(), ruleSetting).default({}),
  /** Share of a section's sentences repeated from last year above which GR406 fires. */
  repeatedTextThreshold: z.number().min(0).max(1).default(0.5),
}).strict();

export type CheckOptions = {
  readonly locale: Locale;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly repeatedTextThreshold: number;
};

export const DEFAULT_OPTIONS: CheckOptions = { locale: 'zh-CN', rules: {}, repeatedTextThreshold: 0.5 };

export interface OptionsProblem {
  readonly path: string;
  readonly message: string;
}

/** Validates untrusted options; every invalid field falls back to its default and is reported once. */
export function resolveOptions(input: unknown): { options: CheckOptions; problems: OptionsProblem[] } {
  const parsed = optionsSchema.safeParse(input ?? {});
  if (parsed.success) return { options: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const options: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const key of Object.keys(optionsSchema.shape) as (keyof typeof optionsSchema.shape)[]) {
    const field = optionsSchema.shape[key].safeParse(raw[key]);
    if (field.success) options[key] = field.data;
  }
  return { options: options as CheckOptions, problems };
}
