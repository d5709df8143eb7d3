import type { Locale, Localized } from '../core/findings';

/** Server-side texts (hover headings, lens titles, status, setting problems), Chinese first. */
export const say = (locale: Locale, zh: string, en: string): string => (locale === 'en' ? en : zh);

export const localized = (text: Localized, locale: Locale): string => text[locale] || text['zh-CN'];

/** `zh-cn`, `zh-Hans`, `zh-TW`… → zh-CN; anything else given → en; nothing → undefined. */
export function localeFromEditor(value: unknown): Locale | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return value.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
