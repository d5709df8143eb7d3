import type { Span } from './model';

/**
 * Template text waiting to be replaced: `（请填写…）`, `（文字描述）`, `（此处…）`, empty `【】`,
 * `XX局`, `××年`, `X月X日`. Letters X inside Latin words are not placeholders.
 */
const PLACEHOLDER = new RegExp([
  String.raw`[（(][ \t]*(?:请(?:填写|输入|补充|在此|根据)|文字描述|此处|待(?:填写|补充|定)|填写|描述)(?:[^（）()\n]|[（(][^（）()\n]{0,40}[）)]){0,160}[）)]`,
  String.raw`【[ \t　]*(?:[^】\n]{0,20}(?:填写|待定|补充)[^】\n]{0,20})?】`,
  String.raw`(?<![A-Za-z])(?:[XＸ×✕]{2,}|xx+)(?![A-Za-z])`,
  String.raw`(?<![A-Za-z0-9])[XＸ×](?=[年月日号局委办处])`,
].join('|'), 'g');

/** Where placeholders are in `text[from, to)`. */
export function placeholderSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(PLACEHOLDER)) spans.push({ start: from + m.index, end: from + m.index + m[0].length });
  return spans;
}

/** The text with its placeholders taken out: what the author actually wrote. */
export const withoutPlaceholders = (text: string): string => text.replace(PLACEHOLDER, '');

/** Whether a cell's whole text is a placeholder (`XX`, `××`, `【】`). */
export const isPlaceholderText = (text: string): boolean => {
  const t = text.trim();
  const spans = placeholderSpans(t);
  return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === t.length;
};
