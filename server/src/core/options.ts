import { z } from 'zod';
import type { Localized, RuleSetting } from './findings';
import { RULES, ruleByCode } from './rules';
import { repeatedTextOptions } from './rules/GR406-repeated-text';
import type { RuleOption } from './rules/rule';

/** The severities a rule can be set to, as settings and `--rule` spell them. */
export const RULE_SETTINGS = ['off', 'error', 'warning', 'information', 'hint'] as const;

/** Severity words in any case, with the short forms users type (`OFF`, `Warn`, `info`). */
const SEVERITY_WORDS: Readonly<Record<string, RuleSetting>> = {
  off: 'off', error: 'error', warning: 'warning', warn: 'warning', information: 'information', info: 'information', hint: 'hint',
};

/** A rule's severity, read tolerantly: the one place severities are parsed. */
export const ruleSettingSchema = z.string().transform((word, context): RuleSetting => {
  const level = SEVERITY_WORDS[word.trim().toLowerCase()];
  if (level) return level;
  context.addIssue({ code: z.ZodIssueCode.custom, message: `expected ${RULE_SETTINGS.join(' | ')}` });
  return z.NEVER;
});

function schemasOf<O extends Record<string, RuleOption>>(options: O): { [K in keyof O]: O[K]['schema'] } {
  return Object.fromEntries(Object.entries(options).map(([key, option]) => [key, option.schema])) as { [K in keyof O]: O[K]['schema'] };
}

/**
 * The rules' own options, each declared in its rule's metadata (`Rule.options`); a test checks this
 * list holds every rule's. Each is a setting `govReport.<name>` and a CLI flag `--<kebab-name>`.
 */
export const RULE_OPTIONS = schemasOf({ ...repeatedTextOptions });

/** The one options schema of a check: the CLI feeds it, the editor's settings extend it. */
export const optionsSchema = z.object({
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  /** Per-rule severity by code (`GR301`) or slug (`row-total`). */
  rules: z.record(z.string(), ruleSettingSchema).default({}),
  ...RULE_OPTIONS,
}).strict();

export type CheckOptions = Readonly<z.output<typeof optionsSchema>>;

export const DEFAULT_OPTIONS: CheckOptions = Object.freeze(optionsSchema.parse({}));

export interface OptionsProblem {
  /** The option, dotted: `repeatedTextThreshold`, `rules.GR999`; empty for the whole input. */
  readonly path: string;
  /** What is wrong, with the value received (shortened). */
  readonly message: string;
  /** What is used instead, as shown to the user. */
  readonly fallback: Localized;
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

const same = (text: string): Localized => ({ 'zh-CN': text, en: text });
/** zod's first issue without the received value it quotes in full, and the value quoted shortened. */
const reasonOf = (error: z.ZodError, value: unknown): string =>
  `${(error.issues[0]?.message ?? 'invalid').replace(/,? received [\s\S]*$/, '')}, received ${show(value)}`;

/**
 * The fields of `shape` (all but `rules`) read from untrusted input one by one: a missing or null
 * field is its default; an invalid one is reported, naming it, and its default used.
 */
export function resolveFields<S extends z.ZodRawShape>(shape: S, input: Readonly<Record<string, unknown>>, problems: OptionsProblem[]): { [K in keyof S]: z.output<S[K]> } {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    if (key === 'rules') continue;
    const fallback: unknown = schema.parse(undefined);
    const value = Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
    if (value === undefined || value === null) {
      out[key] = fallback;
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else {
      problems.push({ path: key, message: reasonOf(parsed.error, value), fallback: same(show(fallback)) });
      out[key] = fallback;
    }
  }
  return out as { [K in keyof S]: z.output<S[K]> };
}

/**
 * Per-rule severities from untrusted input, stored by code: keys are codes or slugs in any case,
 * severities any case; an unknown rule or a bad severity is reported and dropped, the rest kept.
 * A rule given by code wins over the same rule given by its slug.
 */
export function resolveRules(raw: unknown, problems: OptionsProblem[]): Record<string, RuleSetting> {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) {
    problems.push({ path: 'rules', message: `expected an object keyed by rule code (e.g. {"GR301": "off"}), received ${show(raw)}`, fallback: same('{}') });
    return {};
  }
  const rules: Record<string, RuleSetting> = {};
  const byCode = new Set<string>();
  for (const [key, value] of Object.entries(raw)) {
    const path = `rules.${show(key).replace(/^"|"$/g, '')}`;
    const rule = ruleByCode(key);
    if (!rule) {
      problems.push({
        path, message: `unknown rule code ${show(key)} (expected ${RULES[0]?.code}…${RULES[RULES.length - 1]?.code} or a rule's slug)`,
        fallback: { 'zh-CN': '无（忽略此项）', en: 'nothing (ignored)' },
      });
      continue;
    }
    const parsed = ruleSettingSchema.safeParse(value);
    if (!parsed.success) {
      problems.push({ path, message: reasonOf(parsed.error, value), fallback: { 'zh-CN': '该规则的默认级别', en: 'the rule\'s default severity' } });
      continue;
    }
    const isCode = key.trim().toUpperCase() === rule.code;
    if (isCode || !byCode.has(rule.code)) rules[rule.code] = parsed.data;
    if (isCode) byCode.add(rule.code);
  }
  return rules;
}

/**
 * Validates untrusted options (CLI flags, a config file) field by field: an invalid field is
 * reported, naming it, and its default used; an invalid or unknown entry of `rules` is reported and
 * dropped, the others kept. `null` means unset. Never throws.
 */
export function resolveOptions(input: unknown): { options: CheckOptions; problems: OptionsProblem[] } {
  const problems: OptionsProblem[] = [];
  if (input !== undefined && input !== null && !isRecord(input)) {
    problems.push({ path: '', message: `expected an object of options, received ${show(input)}`, fallback: same('{}') });
  }
  const raw = isRecord(input) ? input : {};
  for (const key of Object.keys(raw)) {
    if (!Object.prototype.hasOwnProperty.call(optionsSchema.shape, key)) problems.push({ path: key, message: 'unknown option', fallback: { 'zh-CN': '无（忽略此项）', en: 'nothing (ignored)' } });
  }
  const fields = resolveFields(optionsSchema.shape, raw, problems);
  return { options: { ...fields, rules: resolveRules(raw.rules, problems) }, problems };
}
