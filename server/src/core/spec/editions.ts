import type { Localized } from '../findings';
import type { Edition } from './types';

/**
 * What users call the two editions. No "2023 format" exists: the tables in force are those of
 * 国办公开办函〔2021〕30号 (used from the 2021 reports); the old ones are the 格式（试行） of
 * 国办公开办函〔2019〕60号. The internal key `'2023'` stays; only these names reach the UI.
 */
export interface EditionName {
  /** `现行格式（国办公开办函〔2021〕30号）`: for descriptions, the HTML page, messages. */
  readonly full: Localized;
  /** `2021年版`: for the status bar, the outline, titles of fixes and commands. */
  readonly short: Localized;
}

export const EDITION_NAMES: Readonly<Record<Edition, EditionName>> = {
  '2023': {
    full: { 'zh-CN': '现行格式（国办公开办函〔2021〕30号）', en: '2021 format in force (国办公开办函〔2021〕30号)' },
    short: { 'zh-CN': '2021年版', en: '2021 format (in force)' },
  },
  '2019': {
    full: { 'zh-CN': '2019年试行格式（国办公开办函〔2019〕60号）', en: '2019 trial format (国办公开办函〔2019〕60号)' },
    short: { 'zh-CN': '2019年试行格式', en: '2019 trial format' },
  },
};
