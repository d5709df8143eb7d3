import type { PageText } from './pdf-geometry';

/** A visual line of text: runs on one baseline, left to right. */
export interface VisualLine {
  readonly texts: PageText[];
  readonly y: number;
  readonly left: number;
  readonly right: number;
  readonly size: number;
  /** 1-based line number on its page, counting every line of text from the top. */
  number: number;
}

const isBlank = (s: string): boolean => s.trim() === '';

/** Runs → visual lines, top to bottom: a run joins the line whose baseline is within a third of its height. */
export function visualLines(texts: readonly PageText[]): VisualLine[] {
  const sorted = texts.filter((t) => t.text.length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { texts: PageText[]; y: number; size: number }[] = [];
  for (const t of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(t.y - last.y) <= Math.max(t.size, last.size) * 0.35) last.texts.push(t);
    else lines.push({ texts: [t], y: t.y, size: t.size });
  }
  return lines
    .map((l) => {
      const texts = l.texts.sort((a, b) => a.x - b.x);
      const shown = texts.filter((t) => !isBlank(t.text));
      return {
        texts,
        y: l.y,
        left: shown[0]?.x ?? texts[0]!.x,
        right: Math.max(...shown.map((t) => t.x + t.width), texts[0]!.x),
        size: Math.max(...shown.map((t) => t.size), l.size),
        number: 0,
      };
    })
    .filter((l) => l.texts.some((t) => !isBlank(t.text)));
}

/**
 * The text of runs on one line, left to right: a space where the page shows a gap (or a space run),
 * never two; runs that touch are joined as they are.
 */
export function lineText(texts: readonly PageText[]): string {
  let out = '';
  let end = -Infinity;
  let gap = false;
  for (const t of texts) {
    if (isBlank(t.text)) {
      gap = out !== '';
      end = t.x + t.size * 0.25;
      continue;
    }
    const text = t.text.trim();
    // Spaced-out Chinese ("总 计", justified cells) is one word: a gap between two CJK characters is layout.
    if (out !== '' && (gap || t.x - end > t.size * 0.3) && !(CJK.test(out[out.length - 1]!) && CJK.test(text[0]!))) out += ' ';
    out += text;
    gap = /\s$/.test(t.text);
    end = t.x + t.width;
  }
  return out;
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** A gap this many font sizes wide between two runs of a line is a column gap, not word spacing or justification. */
export const COLUMN_GAP = 1.5;

/** Whether a line is a row of columns (a table without borders): some gap between its runs is a column gap. */
export function isColumnar(line: VisualLine): boolean {
  let end: number | undefined;
  for (const t of line.texts) {
    if (isBlank(t.text)) continue;
    if (end !== undefined && t.x - end > line.size * COLUMN_GAP) return true;
    end = Math.max(end ?? -Infinity, t.x + t.width);
  }
  return false;
}
