// A figure against the tables: which reading holds, if any; and the figure explained (data for the hover).
import { compare, formatDecimal, sum, type Decimal } from '../decimal';
import type { Locale, Localized } from '../findings';
import type { Report } from '../model';
import type { TableId } from '../spec';
import { proseMentions } from './extract';
import type { ComparisonStatus, MentionComparison, ProseMention, Reading, ReadingValue } from './types';
import { STATUS_TEXT } from './words';
import { say, text } from '../locale';

function cellValue(report: Report, key: string): Decimal | undefined {
  const cell = report.tables[key.slice(0, 2) as TableId]?.cells.get(key);
  return cell?.value.kind === 'number' ? cell.value.value : undefined;
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Σnum / Σden × 100, rounded half up to `decimals` places; undefined for a zero denominator or a non-integral count. */
function percentage(num: Decimal, den: Decimal, decimals: number): { rounded: Decimal; agrees: (p: Decimal) => boolean } | undefined {
  if (num.scale !== 0 || den.scale !== 0 || den.units <= 0n) return undefined;
  const scaled = num.units * 100n * pow10(decimals);
  const rounded = { units: (2n * scaled + den.units) / (2n * den.units), scale: decimals };
  // Printed P agrees when the exact share lies in [P − ½, P + 1) units of the last place: rounded or truncated.
  const agrees = (p: Decimal): boolean => {
    const printed = p.units * pow10(decimals - p.scale);
    const diff = 2n * (scaled - printed * den.units);
    return diff >= -den.units && diff < 2n * den.units;
  };
  return { rounded, agrees };
}

function valueOf(report: Report, mention: ProseMention, r: Reading): ReadingValue {
  const parts = r.keys.map((k) => cellValue(report, k));
  const denParts = (r.denominator ?? []).map((k) => cellValue(report, k));
  const all = [...parts, ...denParts];
  if (all.some((p) => p === undefined)) return { reading: r, parts: all };
  const total = sum(parts as Decimal[]);
  if (!r.denominator) return { reading: r, value: total, parts: all };
  const share = percentage(total, sum(denParts as Decimal[]), mention.value.scale);
  return share ? { reading: r, value: share.rounded, parts: all } : { reading: r, parts: all };
}

function agrees(mention: ProseMention, v: ReadingValue): boolean {
  if (!v.value) return false;
  if (!v.reading.denominator) return compare(v.value, mention.value) === 0;
  const parts = v.parts as Decimal[];
  const n = v.reading.keys.length;
  const share = percentage(sum(parts.slice(0, n)), sum(parts.slice(n)), mention.value.scale);
  return !!share && share.agrees(mention.value);
}

/** The figure against the table: which reading holds, if any. */
export function compareMention(report: Report, mention: ProseMention): MentionComparison {
  const values = mention.readings.map((r) => valueOf(report, mention, r));
  const matching = values.findIndex((v) => agrees(mention, v));
  if (matching >= 0) return { mention, status: matching === 0 ? 'agrees' : 'agrees-alternative', values, reading: values[matching] };
  const known = values.find((v) => v.value);
  return { mention, status: known ? 'differs' : 'unknown', values, ...(known ? { reading: known } : {}) };
}

const fmt = (d: Decimal | undefined): string => (d ? formatDecimal(d) : '□');

function readingLine(v: ReadingValue, locale: Locale): string {
  const label = v.reading.label[locale];
  if (!v.value) return `${label}${say(locale, '：空白或缺失', ': blank or missing')}`;
  if (v.reading.denominator) return `${label} = ${formatDecimal(v.value)}%`;
  const parts = v.parts.length > 1 ? ` = ${v.parts.map(fmt).join(' + ')}` : '';
  return `${label}${parts} = ${formatDecimal(v.value)}`;
}

/** The mention whose figure (or phrase) holds `offset`, if any. */
export function proseMentionAt(report: Report, offset: number): ProseMention | undefined {
  const mentions = proseMentions(report);
  return mentions.find((m) => m.span.start <= offset && offset <= m.span.end)
    ?? mentions.find((m) => m.phraseSpan.start <= offset && offset < m.phraseSpan.end);
}

/** A prose figure explained, as data in one locale (the LSP renders it as a hover). */
export interface ProseExplanation {
  readonly mention: ProseMention;
  /** The words around the figure as printed, and the figure as read (`56`, `12.5%`). */
  readonly phrase: string;
  readonly figure: string;
  readonly status: ComparisonStatus;
  /** `✓ 与表格一致` … */
  readonly verdict: string;
  /** Each reading of the figure against the table; `holds` for the one that agrees. */
  readonly readings: readonly { readonly text: string; readonly holds: boolean; readonly note?: string }[];
}

/** The heading of a prose figure's explanation. */
export const PROSE_FIGURE_WORDS: Localized = text('正文数字', 'Figure in the text');

/** A prose figure at `offset`: the cells it restates, and whether they agree. */
export function explainProseNumber(report: Report, offset: number, locale: Locale): ProseExplanation | undefined {
  const mention = proseMentionAt(report, offset);
  if (!mention) return undefined;
  const comparison = compareMention(report, mention);
  const agreed = comparison.status === 'agrees' || comparison.status === 'agrees-alternative';
  return {
    mention, phrase: mention.phrase.trim(),
    figure: mention.kind === 'share' ? `${formatDecimal(mention.value)}%` : formatDecimal(mention.value),
    status: comparison.status, verdict: STATUS_TEXT[comparison.status][locale],
    readings: comparison.values.map((v) => {
      const holds = agreed && comparison.reading === v;
      const note = holds && comparison.status === 'agrees-alternative' ? v.reading.note?.[locale] : undefined;
      return { text: readingLine(v, locale), holds, ...(note ? { note } : {}) };
    }),
  };
}

