/**
 * Fonts that share one glyph between a radical and an ideograph (Noto/Source Han and others) often map
 * it to the radical in the PDF's ToUnicode table, so "人民" comes out as "⼈⺠" (U+2F08, U+2EA0). The
 * reader gives back the ideographs: Kangxi radicals by their Unicode compatibility mapping (NFKC), and the
 * radicals-supplement forms that stand for a whole simplified character by this table (Unicode's
 * EquivalentUnifiedIdeograph data; component-only forms such as 讠 钅 are left as they are).
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺁': '厂', '⺟': '母', '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长', '⻔': '门',
  '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼',
  '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

const RADICAL = /[\u2E80-\u2EF3\u2F00-\u2FD5]/g;

export const ideographs = (text: string): string =>
  RADICAL.test(text) ? text.replace(RADICAL, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC')) : text;
