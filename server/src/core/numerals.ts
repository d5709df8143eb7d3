import type { Decimal } from './decimal';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is written with (`二十`, `一百零三`, `两`). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/**
 * A whole number written in Chinese numerals, or undefined when the text is not one number:
 * `两三` (two or three) and `十十` are refused rather than guessed.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== undefined && digit !== 0 && DIGITS[ch] !== 0) return undefined;
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      const unit = UNITS[ch]!;
      if (unit >= lastUnit) return undefined;
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
    } else if (ch === '万') {
      if (total > 0) return undefined;
      total = (section + (digit ?? 0)) * 10000;
      if (total === 0) return undefined;
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * A count as prose writes it: `20`, `２０`, `1,234`, `1，234`, `二十`, `两`.
 * Undefined when the text is none of these (a decimal count is not a count).
 */
export function parseProseCount(text: string): Decimal | undefined {
  const ascii = text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();
  if (/^\d{1,3}(?:[,，]\d{3})+$/.test(ascii) || /^\d+$/.test(ascii)) {
    return { units: BigInt(ascii.replace(/[,，]/g, '')), scale: 0 };
  }
  const n = parseChineseNumeral(ascii);
  return n === undefined ? undefined : { units: BigInt(n), scale: 0 };
}
