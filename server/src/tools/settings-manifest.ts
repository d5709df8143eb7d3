// The `govReport.*` settings of package.json and their texts in package.nls*.json, generated from
// the one settings schema (lsp/settings.ts, which extends the core's options schema) and the rules'
// metadata. scripts/gen-editor-assets.mjs writes them; a test checks they are current.
import { z } from 'zod';
import type { Localized } from '../core/findings';
import { RULE_OPTIONS, RULE_SETTINGS } from '../core/options';
import { RULES } from '../core/rules';
import { settingsSchema } from '../lsp/settings';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SettingKey = keyof typeof settingsSchema.shape;

interface SettingText {
  readonly description: Localized;
  /** Per value of an enum setting. */
  readonly values?: Readonly<Record<string, Localized>>;
}

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** What each setting that is not a rule's own option does; the table's order is the Settings UI's. */
const EDITOR_TEXTS: Readonly<Record<Exclude<SettingKey, keyof typeof RULE_OPTION_TEXTS>, SettingText>> = {
  enable: { description: t('在编辑器中检查年度报告。', 'Check reports in the editor.') },
  detect: {
    description: t(
      '检查哪些 Markdown 和纯文本文档。以 `*.report.md` / `*.report.txt` 命名的文件（语言 `gov-report`）总会检查。',
      'Which Markdown and plain-text documents are checked. Files named `*.report.md` / `*.report.txt` (language `gov-report`) are always checked.',
    ),
    values: {
      auto: t('只检查看起来像年报的文档：有报告标题，或有六个部分中的至少三个标题。', 'Only those that look like a report: the report title, or at least three of the six section headings.'),
      always: t('检查所有 Markdown 和纯文本文档。', 'Every Markdown and plain-text document.'),
      never: t('都不检查，只检查 `gov-report` 语言的文档。', 'None: only the `gov-report` language.'),
    },
  },
  debounce: { description: t('停止输入后等待多少毫秒再重新检查。', 'Milliseconds to wait after typing before a document is checked again.') },
  rules: {
    description: t(
      '按规则代码设置级别（`"GR301": "warning"`、`"GR407": "off"`）：`error`、`warning`、`information`、`hint` 或 `off`。',
      'Severity per rule, keyed by rule code (`"GR301": "warning"`, `"GR407": "off"`): `error`, `warning`, `information`, `hint` or `off`.',
    ),
  },
  codeLens: { description: t('在每张表格上方显示勾稽关系是否平衡（`✓ 勾稽关系平衡` / `✗ 2 处合计不符`）。', 'Show above each table whether its totals balance (`✓ 勾稽关系平衡` / `✗ 2 处合计不符`).') },
  inlayHints: { description: t('在合计不符的单元格后显示应有的数值（`应为 57`）。', 'Show the computed value after a total that does not add up (`应为 57`).') },
  locale: {
    description: t('检查提示使用的语言。', 'Language of the checker\'s messages.'),
    values: { auto: t('跟随编辑器的显示语言。', 'The editor\'s display language.'), 'zh-CN': t('中文。', 'Chinese.'), en: t('英文。', 'English.') },
  },
};

/** The rules' own options, described by their rules. */
const RULE_OPTION_TEXTS = Object.fromEntries(RULES.flatMap((rule) => Object.entries(rule.options ?? {}).map(([key, option]) => [key, { description: option.description }]))) as
  Readonly<Record<keyof typeof RULE_OPTIONS, SettingText>>;

const TEXTS: Readonly<Record<string, SettingText>> = { ...EDITOR_TEXTS, ...RULE_OPTION_TEXTS };

/** `govReport.rules`: one property per rule code, described by the rule's title. */
function rulesProperty(): Record<string, Json> {
  const properties: Record<string, Json> = {};
  // The settings editor's key picker shows `description` (plain text), the hover `markdownDescription`.
  for (const rule of RULES) {
    properties[rule.code] = {
      type: 'string', enum: [...RULE_SETTINGS], description: `%config.rules.${rule.code}.title%`, markdownDescription: `%config.rules.${rule.code}%`,
    };
  }
  return { type: 'object', default: {}, properties, additionalProperties: { type: 'string', enum: [...RULE_SETTINGS] } };
}

/** A field of the schema as JSON Schema (the kinds the settings use: booleans, enums, numbers). */
function jsonSchemaOf(schema: z.ZodTypeAny): Record<string, Json> {
  if (schema instanceof z.ZodDefault) return { ...jsonSchemaOf(schema.removeDefault() as z.ZodTypeAny), default: schema.parse(undefined) as Json };
  if (schema instanceof z.ZodBoolean) return { type: 'boolean' };
  if (schema instanceof z.ZodEnum) return { type: 'string', enum: [...schema.options as string[]] };
  if (schema instanceof z.ZodNumber) {
    const out: Record<string, Json> = { type: schema.isInt ? 'integer' : 'number' };
    if (schema.minValue !== null) out.minimum = schema.minValue;
    if (schema.maxValue !== null) out.maximum = schema.maxValue;
    return out;
  }
  throw new Error(`no JSON Schema for a setting of type ${schema.constructor.name}`);
}

/** `contributes.configuration.properties` of package.json: every `govReport.*` setting. */
export function settingProperties(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, text] of Object.entries(TEXTS)) {
    const schema = settingsSchema.shape[key as SettingKey] as z.ZodTypeAny;
    const property = key === 'rules' ? rulesProperty() : jsonSchemaOf(schema);
    const { default: fallback, ...rest } = property;
    out[`govReport.${key}`] = {
      ...rest,
      ...(text.values ? { enumDescriptions: Object.keys(text.values).map((value) => `%config.${key}.${value}%`) } : {}),
      default: fallback ?? null,
      markdownDescription: `%config.${key}%`,
    };
  }
  return out;
}

/** The settings' texts for package.nls.json (`en`) / package.nls.zh-cn.json (`zh-CN`). */
export function settingsNls(locale: keyof Localized): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(TEXTS)) {
    out[`config.${key}`] = text.description[locale];
    for (const [value, description] of Object.entries(text.values ?? {})) out[`config.${key}.${value}`] = description[locale];
  }
  for (const rule of RULES) {
    out[`config.rules.${rule.code}.title`] = `${rule.code} ${rule.title[locale]}`;
    out[`config.rules.${rule.code}`] = locale === 'en'
      ? `\`${rule.code}\` ${rule.slug}: ${rule.title.en} (default \`${rule.defaultSeverity}\`). ${rule.description.en}`
      : `\`${rule.code}\` ${rule.slug}：${rule.title['zh-CN']}（默认 \`${rule.defaultSeverity}\`）。${rule.description['zh-CN']}`;
  }
  return out;
}

/** Setting keys the texts describe: exactly the schema's (checked by a test). */
export const describedSettings = (): string[] => Object.keys(TEXTS);
