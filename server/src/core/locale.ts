// The one place a text is made in both locales and one of them chosen.

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** A text in both locales; Chinese first. */
export interface Localized {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** A text in both locales. */
export const text = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** The text in `locale`; Chinese where the English is missing. */
export const localize = (value: Localized, locale: Locale): string => value[locale] || value['zh-CN'];

/** Chooses between two texts written on the spot: `say(locale, '空白', 'blank')`. */
export const say = (locale: Locale, zh: string, en: string): string => localize(text(zh, en), locale);

/** The colon after a label: full-width in Chinese. */
export const colon = (locale: Locale): string => say(locale, '：', ': ');
