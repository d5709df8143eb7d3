import { z } from 'zod';
import type { Locale, Localized } from '../core/findings';
import { isRecord, optionsSchema, resolveFields, resolveRules, show, type CheckOptions, type OptionsProblem } from '../core/options';
import { say } from './messages';

/** Settings only the editor has. */
export const editorSettingsSchema = z.object({
  enable: z.boolean().default(true),
  detect: z.enum(['auto', 'always', 'never']).default('auto'),
  debounce: z.number().int().min(0).max(10_000).default(200),
  codeLens: z.boolean().default(true),
  inlayHints: z.boolean().default(true),
  locale: z.enum(['auto', 'zh-CN', 'en']).default('auto'),
});

/** Every `govReport.*` setting: the core's options schema, extended by the editor's own (package.json is generated from it). */
export const settingsSchema = optionsSchema.extend(editorSettingsSchema.shape);

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

/**
 * Validates `govReport.*` field by field with the core's resolver: a bad field is reported and
 * replaced by its default, the others are kept; a bad entry of `rules` drops only that entry.
 * Never throws.
 */
export function resolveSettings(raw: unknown, editorLocale: Locale): { settings: Settings; problems: SettingProblem[] } {
  const input = isRecord(raw) ? raw : {};
  const found: OptionsProblem[] = [];
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    found.push({ path: '', message: `expected an object, received ${show(raw)}`, fallback: { 'zh-CN': '{}', en: '{}' } });
  }
  const fields = resolveFields(settingsSchema.shape, input, found);
  const rules = resolveRules(input.rules, found);
  const { enable, detect, debounce, codeLens, inlayHints } = fields;
  const locale: Locale = fields.locale === 'auto' ? editorLocale : fields.locale;
  const check: Record<string, unknown> = {};
  for (const key of Object.keys(optionsSchema.shape)) check[key] = (fields as Record<string, unknown>)[key];
  const problems = found.map((p) => ({ setting: p.path ? `${SECTION}.${p.path}` : SECTION, message: p.message, fallback: p.fallback }));
  return { settings: { enable, detect, debounce, codeLens, inlayHints, locale, check: { ...check, locale, rules } as CheckOptions }, problems };
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
