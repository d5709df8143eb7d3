import { renderEquation, type EquationView } from '../core/arithmetic';
import { EXPLAIN_WORDS, type CellExplanation, type RowExplanation } from '../core/explain';
import type { Locale } from '../core/findings';
import { colon } from '../core/locale';

// `gov-report explain` as plain text, rendered from the core's explanations (the data the hover renders as Markdown).


const equationLine = (view: EquationView, locale: Locale): string =>
  `- ${renderEquation(view)}${view.holds === undefined ? ` ${EXPLAIN_WORDS.unchecked[locale]}` : ''}`;

export function cellText(e: CellExplanation, locale: Locale): string {
  const blocks = [e.path, `${EXPLAIN_WORDS.value[locale]}${colon(locale)}${e.value}`, ...e.notes];
  if (e.equations.length > 0) blocks.push(`${EXPLAIN_WORDS.equations[locale]}${colon(locale).trim()}\n\n${e.equations.map((v) => equationLine(v, locale)).join('\n')}`);
  return blocks.join('\n\n');
}

export function rowText(e: RowExplanation, locale: Locale): string {
  const blocks = [e.path];
  if (e.note) blocks.push(e.note);
  if (e.rowTotal) blocks.push(`${EXPLAIN_WORDS.rowTotal[locale]}${colon(locale).trim()}\n\n${equationLine(e.rowTotal, locale)}`);
  return blocks.join('\n\n');
}
