import { z } from 'zod';
import type { Locale, RuleSetting } from './findings';
import { RULES } from './rules';
import { repeatedTextOptions } from './rules/GR406-repeated-text';
import type { Rule } from './rules/rule';

const ruleSetting = z.enum(['off', 'error', 'warning', 'information', 'info', 'hint'])
  .transform((s): RuleSetting => (s === 'info' ? 'information' : s));

/** The one options schema the CLI and the editor share (settings `govReport.*`). */
export const optionsSchema = z.object({
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  /** Per-rule severity by code (`GR301`) or slug (`row-total`). */
  rules: z.record(z.string(), ruleSetting).default({}),
  /** The rules' own options (each rule declares its fields in its metadata, `Rule.options`). */
  ...repeatedTextOptions,
}).strict();

export type CheckOptions = {
  readonly locale: Locale;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly repeatedTextThreshold: number;
};

export const DEFAULT_OPTIONS: CheckOptions = { locale: 'zh-CN', rules: {}, repeatedTextThreshold: 0.5 };

export interface OptionsProblem {
  /** The option, dotted: `repeatedTextThreshold`, `rules.GR999`; empty for the whole input. */
  readonly path: string;
  readonly message: string;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a message quotes it: short, never throwing (cycles, bigints). */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'number' || typeof value === 'bigint' ? String(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text = typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The registry's rule for a code (any case: `gr301`) or a slug (`row-total`). */
const ruleFor = (key: string): Rule | undefined => RULES.find((r) => r.code === key.toUpperCase() || r.slug === key);

function resolveRules(raw: unknown, problems: OptionsProblem[]): Record<string, RuleSetting> {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) {
    problems.push({ path: 'rules', message: `expected an object keyed by rule code (e.g. {"GR301": "off"}), received ${show(raw)}` });
    return {};
  }
  const rules: Record<string, RuleSetting> = {};
  const byCode = new Set<string>();
  for (const [key, value] of Object.entries(raw)) {
    const rule = ruleFor(key);
    if (!rule) {
      problems.push({ path: `rules.${key}`, message: `unknown rule ${show(key)}: expected a rule code (${RULES[0]?.code}…${RULES[RULES.length - 1]?.code}) or a rule's slug; ignored` });
      continue;
    }
    const parsed = ruleSetting.safeParse(value);
    if (!parsed.success) {
      problems.push({ path: `rules.${key}`, message: `expected off | error | warning | information | hint, received ${show(value)}; the rule's default severity is used` });
      continue;
    }
    // Stored by code; a code given as such wins over its slug, as severityOf reads them.
    const isCode = key.toUpperCase() === rule.code;
    if (isCode || !byCode.has(rule.code)) rules[rule.code] = parsed.data;
    if (isCode) byCode.add(rule.code);
  }
  return rules;
}

/**
 * Validates untrusted options (CLI flags, editor settings, a config file) field by field: an invalid
 * field is reported, naming it, and its default used; an invalid or unknown entry of `rules` is
 * reported and dropped, the others kept. `null` means unset. Never throws.
 */
export function resolveOptions(input: unknown): { options: CheckOptions; problems: OptionsProblem[] } {
  const problems: OptionsProblem[] = [];
  if (input !== undefined && input !== null && !isRecord(input)) {
    problems.push({ path: '', message: `expected an object of options, received ${show(input)}; defaults used` });
  }
  const raw = isRecord(input) ? input : {};
  for (const key of Object.keys(raw)) {
    if (!Object.prototype.hasOwnProperty.call(optionsSchema.shape, key)) problems.push({ path: key, message: 'unknown option; ignored' });
  }
  const field = <K extends 'locale' | 'repeatedTextThreshold'>(key: K): CheckOptions[K] => {
    const value = raw[key];
    if (value === undefined || value === null) return DEFAULT_OPTIONS[key];
    const parsed = optionsSchema.shape[key].safeParse(value);
    if (parsed.success) return parsed.data as CheckOptions[K];
    // zod quotes the received value in full; quote it shortened instead.
    const reason = (parsed.error.issues[0]?.message ?? 'invalid').replace(/,? received [\s\S]*$/, '');
    problems.push({ path: key, message: `${reason} (received ${show(value)}); default ${show(DEFAULT_OPTIONS[key])} used` });
    return DEFAULT_OPTIONS[key];
  };
  const options: CheckOptions = {
    locale: field('locale'),
    rules: resolveRules(raw.rules, problems),
    repeatedTextThreshold: field('repeatedTextThreshold'),
  };
  return { options, problems };
}
