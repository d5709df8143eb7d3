import { say, type Locale } from '../core/locale';

export { localize, say } from '../core/locale';

/** A format's name, marked outdated where it is (GR106's condition: a 2019-format table in a report for 2021 or later). */
export const editionLabel = (locale: Locale, name: string, outdated: boolean): string =>
  (outdated ? say(locale, `${name}（已过时）`, `${name} (outdated)`) : name);

/** `zh-cn`, `zh-Hans`, `zh-TW`… → zh-CN; anything else given → en; nothing → undefined. */
export function localeFromEditor(value: unknown): Locale | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return value.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
