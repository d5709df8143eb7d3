import type { Ambiguity, Cell, Row, Span, Table } from '../model';
import { cellKey, TABLE4, type Edition } from '../spec';
import type { Field, Tokens } from './fields';
import { fit, type Fit, type Slot } from './fit';
import { sumCheck, tableSpan } from './tables';
import { readChunks } from './table4-chunks';
import { walk, type TextField } from './walk';

const GROUP_WORDS: Record<string, readonly string[]> = {
  review: ['行政复议'],
  suit_direct: ['未经复议直接起诉', '未经复议', '直接起诉'],
  suit_after_review: ['复议后起诉', '复议后'],
};

/** Words only 表四's header prints (prose names 行政复议 too). */
const COLUMN_WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议', '复议后起诉', '维持', '纠正', '审结'];

/** Each group's total = its four parts, over 15 values in printed order. */
const CHECK = sumCheck([[0, 4], [5, 9], [10, 14]]);

interface HeaderWord {
  readonly at: number;
  readonly field: TextField;
}

function findWord(header: readonly TextField[], words: readonly string[]): HeaderWord | undefined {
  let pos = 0;
  for (const f of header) {
    for (const w of words) {
      const i = f.norm.indexOf(w);
      if (i >= 0) return { at: pos + i, field: f };
    }
    pos += f.norm.length;
  }
  return undefined;
}

/**
 * The printed order of the three groups, as far as the header fixes it: `fixed` is false for the
 * groups whose place the header does not name (they keep template order but may be ambiguous).
 */
function groupOrder(header: readonly TextField[]): { order: string[]; unfixed: string[]; words: Map<string, HeaderWord> } {
  const words = new Map<string, HeaderWord>();
  for (const g of TABLE4.rows) {
    const w = findWord(header, GROUP_WORDS[g.key]!);
    if (w) words.set(g.key, w);
  }
  const suit = findWord(header, ['行政诉讼']);
  const review = words.get('review');
  const suitsFirst = review !== undefined && suit !== undefined && suit.at < review.at;
  const direct = words.get('suit_direct');
  const after = words.get('suit_after_review');
  const suitsSwapped = direct !== undefined && after !== undefined && after.at < direct.at;
  const suits = suitsSwapped ? ['suit_after_review', 'suit_direct'] : ['suit_direct', 'suit_after_review'];
  const order = suitsFirst ? [...suits, 'review'] : ['review', ...suits];
  const named = TABLE4.rows.filter((g) => words.has(g.key)).map((g) => g.key);
  // One unnamed group is placed by elimination; two or three are not fixed by the text.
  const unfixed = named.length >= 2 ? [] : TABLE4.rows.map((g) => g.key).filter((k) => !words.has(k));
  return { order, unfixed: unfixed.length >= 2 ? unfixed : [], words };
}

const valueText = (slots: readonly Slot[]): string =>
  slots.map((s) => (s.kind === 'blank' ? '' : s.token.raw)).join('|');

/** 表四: one printed row of 15 cells, three groups of five. */
export function parseTable4(tokens: Tokens, edition: Edition): Table | undefined {
  const runs: { label: readonly TextField[]; run: readonly Field[] }[] = [];
  let header: TextField[] | undefined;
  const allText: TextField[] = [];
  for (const f of tokens.fields) if (f.kind === 'text' && f.norm.length <= 400) allText.push(f);
  let blankLine: readonly Field[] | undefined;
  walk(tokens, (label, run, hasValue) => {
    if (!hasValue) {
      // A data line of fifteen empty cells (a blank template): only where empty cells are printed.
      if (!blankLine && run.length >= 15 && tokens.policy !== 'text') blankLine = run.slice(0, 15);
      return false;
    }
    if (!header) header = allText.filter((t) => t.span.start < run[0]!.span.start);
    runs.push({ label, run });
    return true;
  });
  const head = header ?? allText;
  const groups = groupOrder(head);
  const { order, words } = groups;
  let unfixed = groups.unfixed;
  const hasHeader = head.some((t) => t.norm.length <= 40 && COLUMN_WORDS.some((w) => t.norm.includes(w)));
  if (runs.length === 0 && !hasHeader) return undefined;
  if (runs.length === 0 && blankLine) runs.push({ label: [], run: blankLine });

  let fitted: Fit | undefined;
  let used: readonly Field[] = [];
  for (const r of runs) {
    const f = r.run === blankLine ? { ok: true as const, slots: r.run.map((x): Slot => ({ kind: 'blank', span: x.span })) } : fit(r.run, 15, CHECK);
    if (f.ok || f.ambiguity) {
      fitted = f;
      used = r.run;
      break;
    }
  }
  const chunked = !fitted && runs.length > 1 ? readChunks(runs, order, groupNamed) : undefined;
  if (chunked?.kind === 'read') {
    // Slots in the header's order of groups, every group placed by its label or printed order.
    const slots = order.flatMap((g) => chunked.groups.get(g)!.map(slotOf));
    fitted = { ok: true, slots };
    used = runs.flatMap((r) => r.run);
    unfixed = [];
  } else if (chunked?.kind === 'ambiguous') {
    used = runs.flatMap((r) => r.run);
    const filledRun = used.filter((f) => f.kind !== 'empty');
    fitted = {
      ok: false, found: filledRun.length,
      ambiguity: {
        span: { start: used[0]!.span.start, end: used[used.length - 1]!.span.end }, readings: chunked.readings,
        text: filledRun.map((f) => (f.kind === 'value' ? f.token.raw : '')).join(' '), ...(chunked.searchStopped ? { searchStopped: true } : {}),
      },
    };
  }
  if (!fitted && runs.length > 1) {
    const all = runs.flatMap((r) => r.run);
    const f = fit(all, 15, CHECK);
    if (f.ok || f.ambiguity) {
      fitted = f;
      used = all;
    }
  }
  const rows: Row[] = [];
  const ambiguities: Ambiguity[] = [];
  const groupLabel = (key: string, fallbackAt: number): { label: string; labelSpan: Span } => {
    const w = words.get(key);
    return w ? { label: w.field.raw, labelSpan: w.field.span } : { label: '', labelSpan: { start: fallbackAt, end: fallbackAt } };
  };
  const keysOf = (g: string): string[] => TABLE4.rows[0]!.columns.map((c) => cellKey('s4', g, c.key));
  if (fitted?.ok) {
    const slots = fitted.slots;
    const resolved = fitted.resolvedByArithmetic;
    const groupSlots = (g: string): Slot[] => {
      const p = order.indexOf(g);
      return slots.slice(p * 5, p * 5 + 5);
    };
    const ambiguousKeys = new Set<string>();
    if (unfixed.length >= 2) {
      const distinct = new Set(unfixed.map((g) => valueText(groupSlots(g))));
      if (distinct.size > 1) {
        const keys = unfixed.flatMap(keysOf);
        keys.forEach((k) => ambiguousKeys.add(k));
        const spans = unfixed.flatMap((g) => groupSlots(g)).map(slotSpan);
        ambiguities.push({
          span: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
          keys, readings: factorial(distinct.size), text: unfixed.map((g) => valueText(groupSlots(g))).join(' / '),
        });
      }
    }
    for (const g of TABLE4.rows) {
      const p = order.indexOf(g.key);
      const mine = groupSlots(g.key);
      const cells: Cell[] = [];
      g.columns.forEach((column, i) => {
        const key = cellKey('s4', g.key, column.key);
        if (ambiguousKeys.has(key)) return;
        const slot = mine[i]!;
        if (slot.kind === 'blank') {
          cells.push({ key, table: 's4', row: g.key, column: column.key, raw: '', span: slot.span, value: { kind: 'blank' } });
          return;
        }
        const cell: Cell = { key, table: 's4', row: g.key, column: column.key, raw: slot.token.raw, span: slot.token.span, value: slot.token.value };
        cells.push(resolved?.[p * 5 + i] ? { ...cell, resolvedByArithmetic: true } : cell);
      });
      const spans = mine.map(slotSpan);
      const span = { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
      const { label, labelSpan } = groupLabel(g.key, span.start);
      rows.push({ key: g.key, label, labelSpan, cells, span, matchedBy: 'position' });
    }
  } else {
    const best = runs.reduce<readonly Field[] | undefined>((b, r) => (!b || count(r.run) > count(b) ? r.run : b), undefined);
    const at = best && best.length > 0 ? best[0]!.span.start : (head[head.length - 1]?.span.end ?? 0);
    const span = best && best.length > 0 ? { start: best[0]!.span.start, end: best[best.length - 1]!.span.end } : { start: at, end: at };
    if (fitted && !fitted.ok && fitted.ambiguity) {
      ambiguities.push({ ...fitted.ambiguity, keys: TABLE4.rows.flatMap((g) => keysOf(g.key)) });
    } else if (best) {
      rows.push({ key: TABLE4.rows[0]!.key, ...groupLabel('review', at), cells: [], span, shape: { expected: 15, found: count(best) } });
    }
  }
  const last = used.length > 0 ? used[used.length - 1]!.span.end : rows.reduce((m, r) => Math.max(m, r.span.end), 0);
  const span = tableSpan('s4', tokens, rows[0]?.span.start ?? used[0]?.span.start, last);
  if (!span) return undefined;
  const cells = new Map<string, Cell>();
  for (const row of rows) for (const cell of row.cells) cells.set(cell.key, cell);
  // A misshapen data row stands for all three groups: they are printed, just not readable.
  const present = new Set(rows.some((r) => r.shape) ? TABLE4.rows.map((r) => r.key) : rows.filter((r) => r.cells.length > 0).map((r) => r.key));
  const missingRows = TABLE4.rows.map((r) => r.key).filter((k) => !present.has(k) && !ambiguities.some((a) => a.keys.some((x) => x.startsWith(`s4.${k}.`))));
  return { id: 's4', edition, style: tokens.style, span, rows, cells, missingRows, ambiguities };
}

const slotOf = (f: Field): Slot => (f.kind === 'value' ? { kind: 'value', token: f.token } : { kind: 'blank', span: f.span });

/** The one group a label names (its last words decide: `行政诉讼（复议后起诉）`), if exactly one. */
function groupNamed(label: readonly TextField[]): string | undefined {
  const named = new Set<string>();
  for (const t of label) {
    for (const g of TABLE4.rows) {
      if (GROUP_WORDS[g.key]!.some((w) => t.norm.includes(w))) named.add(g.key);
    }
  }
  return named.size === 1 ? [...named][0] : undefined;
}

const slotSpan = (s: Slot): Span => (s.kind === 'blank' ? s.span : s.token.span);
const count = (run: readonly Field[]): number => run.filter((f) => f.kind !== 'empty').length;
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
