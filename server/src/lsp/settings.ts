import { z } from 'zod';
import type { Locale, Localized } from '../core/findings';
import { DEFAULT_OPTIONS, isRecord, optionsSchema, show, type CheckOptions } from '../core/options';
import { RULES } from '../core/rules';
import { say } from './messages';

/** Settings only the editor has; the core's options (`rules`, …) are validated by the core's own schema. */
export const editorSettingsSchema = z.object({
  enable: z.boolean().default(true),
  detect: z.enum(['auto', 'always', 'never']).default('auto'),
  debounce: z.number().int().min(0).max(10_000).default(200),
  codeLens: z.boolean().default(true),
  inlayHints: z.boolean().default(true),
  locale: z.enum(['auto', 'zh-CN', 'en']).default('auto'),
});

type EditorSettings = z.infer<typeof editorSettingsSchema>;

export interface Settings extends Omit<EditorSettings, 'locale'> {
  /** The locale messages use: `govReport.locale`, else the editor's. */
  readonly locale: Locale;
  readonly check: CheckOptions;
}

export interface SettingProblem {
  /** The full setting name, `govReport.debounce` or `govReport.rules.GR301`. */
  readonly setting: string;
  readonly message: string;
  /** The default used instead, as shown to the user. */
  readonly fallback: Localized;
}

const SECTION = 'govReport';
/** zod's first issue without the received value it quotes in full, and the value quoted shortened. */
const reasonOf = (error: z.ZodError, value: unknown): string =>
  `${(error.issues[0]?.message ?? 'invalid').replace(/,? received [\s\S]*$/, '')}, received ${show(value)}`;
const same = (text: string): Localized => ({ 'zh-CN': text, en: text });

/**
 * Validates `govReport.*` field by field: a bad field is reported and replaced by its default, the
 * others are kept; a bad entry of `rules` drops only that entry. Never throws.
 */
export function resolveSettings(raw: unknown, editorLocale: Locale): { settings: Settings; problems: SettingProblem[] } {
  const input = isRecord(raw) ? raw : {};
  const problems: SettingProblem[] = [];
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    problems.push({ setting: SECTION, message: `expected an object, received ${show(raw)}`, fallback: same('{}') });
  }

  const editor: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(editorSettingsSchema.shape)) {
    const field = (schema as z.ZodTypeAny).safeParse(input[key] ?? undefined);
    if (field.success) editor[key] = field.data;
    else {
      const fallback = (schema as z.ZodTypeAny).parse(undefined);
      problems.push({ setting: `${SECTION}.${key}`, message: reasonOf(field.error, input[key]), fallback: same(show(fallback)) });
      editor[key] = fallback;
    }
  }
  const e = editor as EditorSettings;
  const locale: Locale = e.locale === 'auto' ? editorLocale : e.locale;

  const core: Record<string, unknown> = { ...DEFAULT_OPTIONS, locale };
  for (const [key, schema] of Object.entries(optionsSchema.shape)) {
    if (key === 'locale' || key === 'rules' || input[key] === undefined || input[key] === null) continue;
    const field = (schema as z.ZodTypeAny).safeParse(input[key]);
    if (field.success) core[key] = field.data;
    else problems.push({ setting: `${SECTION}.${key}`, message: reasonOf(field.error, input[key]), fallback: same(show(core[key])) });
  }
  core.rules = resolveRules(input.rules, problems);

  return { settings: { ...e, locale, check: core as CheckOptions }, problems };
}

function resolveRules(raw: unknown, problems: SettingProblem[]): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) {
    problems.push({ setting: `${SECTION}.rules`, message: `expected an object keyed by rule code, received ${show(raw)}`, fallback: same('{}') });
    return {};
  }
  const rules: Record<string, unknown> = {};
  for (const [code, value] of Object.entries(raw)) {
    const known = RULES.length === 0 || RULES.some((r) => r.code === code || r.slug === code);
    const parsed = optionsSchema.shape.rules.safeParse({ [code]: value });
    if (!known) {
      problems.push({ setting: `${SECTION}.rules.${show(code).replace(/^"|"$/g, '')}`, message: 'unknown rule code', fallback: { 'zh-CN': '无（忽略此项）', en: 'nothing (ignored)' } });
    } else if (!parsed.success) {
      problems.push({
        setting: `${SECTION}.rules.${code}`,
        message: `expected off | error | warning | information | hint, received ${show(value)}`,
        fallback: { 'zh-CN': '该规则的默认级别', en: 'the rule\'s default severity' },
      });
    } else {
      rules[code] = parsed.data[code];
    }
  }
  return rules;
}

/** Problems named one by one in the message; beyond, a count (a settings file can hold thousands). */
const LISTED_PROBLEMS = 10;

/** One message naming every invalid setting (the first ten, then how many more) and the default used for it. */
export function describeProblems(problems: readonly SettingProblem[], locale: Locale): string {
  const items = problems.slice(0, LISTED_PROBLEMS).map((p) => say(locale, `${p.setting}（${p.message}；改用 ${p.fallback['zh-CN']}）`, `${p.setting} (${p.message}; using ${p.fallback.en})`));
  const more = problems.length - LISTED_PROBLEMS;
  if (more > 0) items.push(say(locale, `另有 ${more} 项`, `${more} more`));
  return say(locale, `政府信息公开年报检查：以下设置无效，已改用默认值：${items.join('；')}`, `gov-report: invalid settings, defaults used instead: ${items.join('; ')}`);
}
