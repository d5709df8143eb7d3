import { derive, derivedData } from './derived';
import type { Report, Span } from './model';

/**
 * Template text waiting to be replaced: `（请填写…）`, `（文字描述）`, `（此处…）`, empty `【】`,
 * `XX局`, `××年`, `X月X日`. Every alternative starts with the character it needs, so the scan skips
 * ordinary text fast; an X that ends a Latin word is no placeholder (checked after the match).
 */
const PLACEHOLDER = new RegExp([
  String.raw`[（(][ \t]*(?:请(?:填写|输入|补充|在此|根据)|文字描述|此处|待(?:填写|补充|定)|填写|描述)(?:[^（）()\n]|[（(][^（）()\n]{0,40}[）)]){0,160}[）)]`,
  String.raw`【[ \t　]*(?:[^】\n]{0,20}(?:填写|待定|补充)[^】\n]{0,20})?】`,
  String.raw`(?:[XＸ×✕]{2,}|xx+)(?![A-Za-z])`,
  String.raw`[XＸ×](?=[年月日号局委办处])`,
].join('|'), 'g');

const LATIN = /[A-Za-z0-9]/;

function scan(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  PLACEHOLDER.lastIndex = from;
  for (let m = PLACEHOLDER.exec(text); m && m.index < to; m = PLACEHOLDER.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const first = m[0][0]!;
    const xs = first !== '（' && first !== '(' && first !== '【';
    if (!(xs && m.index > 0 && LATIN.test(text[m.index - 1]!))) spans.push({ start: m.index, end });
  }
  return spans;
}

const reportSpans = derivedData('placeholders', (report) => scan(report.text, 0, report.text.length));

/** Where placeholders are in the report's text (found once per report). */
export const placeholderSpans = (report: Report): readonly Span[] => derive(report, reportSpans);

/** Whether the report holds a placeholder within `[from, to)`. */
export const hasPlaceholderIn = (report: Report, from: number, to: number): boolean =>
  placeholderSpans(report).some((s) => s.start >= from && s.end <= to);

/** Whether a cell's whole text is a placeholder (`XX`, `××`, `【】`). */
export const isPlaceholderText = (text: string): boolean => {
  const t = text.trim();
  const spans = scan(t, 0, t.length);
  return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === t.length;
};
