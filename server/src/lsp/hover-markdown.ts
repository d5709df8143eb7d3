import { renderEquation, type EquationView } from '../core/arithmetic';
import { EXPLAIN_WORDS, type CellExplanation, type RowExplanation } from '../core/explain';
import type { Locale } from '../core/findings';
import { PROSE_FIGURE_WORDS, type ProseExplanation } from '../core/prose';
import { colon } from '../core/locale';

// Hovers as Markdown, rendered from the core's explanations (data): short, the explanation first.

/** Escapes characters Markdown would read as markup in text that comes from the document. */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);

/** One equation as a list item, the highlighted cell's number in bold. */
export function equationMarkdown(view: EquationView, locale: Locale): string {
  const text = renderEquation(view, (t) => (t.highlight ? `**${escapeMarkdown(t.number)}**` : escapeMarkdown(t.number)), escapeMarkdown);
  return `- ${text}${view.holds === undefined ? ` ${EXPLAIN_WORDS.unchecked[locale]}` : ''}`;
}

/** Path (bold), value, notes, then the equations with ✓/✗. */
export function cellMarkdown(e: CellExplanation, locale: Locale): string {
  const blocks = [`**${escapeMarkdown(e.path)}**`, `${EXPLAIN_WORDS.value[locale]}${colon(locale)}${escapeMarkdown(e.value)}`, ...e.notes.map(escapeMarkdown)];
  if (e.equations.length > 0) {
    blocks.push(`${EXPLAIN_WORDS.equations[locale]}${colon(locale).trim()}\n\n${e.equations.map((v) => equationMarkdown(v, locale)).join('\n')}`);
  }
  return blocks.join('\n\n');
}

/** Path (bold), what the row counts, its total. */
export function rowMarkdown(e: RowExplanation, locale: Locale): string {
  const blocks = [`**${escapeMarkdown(e.path)}**`];
  if (e.note) blocks.push(escapeMarkdown(e.note));
  if (e.rowTotal) blocks.push(`${EXPLAIN_WORDS.rowTotal[locale]}${colon(locale).trim()}\n\n${equationMarkdown(e.rowTotal, locale)}`);
  return blocks.join('\n\n');
}

/** The figure and its phrase, the verdict, each reading (✓ on the one that agrees). */
export function proseMarkdown(e: ProseExplanation, locale: Locale): string {
  const lines = [`**${PROSE_FIGURE_WORDS[locale]}**${colon(locale)}“${escapeMarkdown(e.phrase)}” → ${e.figure}`, '', e.verdict, ''];
  for (const r of e.readings) {
    lines.push(`- ${escapeMarkdown(r.text)}${r.holds ? ' ✓' : ''}`);
    if (r.note) lines.push(`  ${escapeMarkdown(r.note)}`);
  }
  return lines.join('\n');
}
