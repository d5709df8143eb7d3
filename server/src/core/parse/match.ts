import type { RowSpec } from '../spec';
import type { Field } from './fields';
import { labelNorm } from './value';

type TextField = Extract<Field, { kind: 'text' }>;

export interface LabelMatch {
  /** Index into the candidate rows. */
  readonly row: number;
  /** First label token that belongs to the row itself (group labels and header text before it excluded). */
  readonly ownFrom: number;
  readonly by: 'core' | 'similarity' | 'position';
}

/** Only this much label text (from the end) is searched: a row's own label and its group label fit easily. */
const WINDOW = 240;

const NUMBERING_ONLY = /^(?:[一二三四五六七八九十]+[.、]?|\d+[.、]?|\([一二三四五六七八九十\d]+\))$/;
const NUMBERING_HEAD = /^(?:[一二三四五六七八九十]+、|\d+\.|\([一二三四五六七八九十\d]+\))/;

const keysCache = new WeakMap<readonly RowSpec[], readonly (readonly string[])[]>();
function keysOf(rows: readonly RowSpec[]): readonly (readonly string[])[] {
  let keys = keysCache.get(rows);
  if (!keys) {
    keys = rows.map(rowKeys);
    keysCache.set(rows, keys);
  }
  return keys;
}

const normCache = new WeakMap<RowSpec, readonly string[]>();
function rowKeys(row: RowSpec): readonly string[] {
  let keys = normCache.get(row);
  if (!keys) {
    keys = [row.core, ...(row.variants ?? [])].map((k) => labelNorm(foldAscii(k)));
    normCache.set(row, keys);
  }
  return keys;
}

/** The spec writes some cores with full-width brackets; labels are folded to half width. */
function foldAscii(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const stripNumbering = (s: string): string => {
  let out = s;
  for (let k = 0; k < 3; k++) {
    const m = NUMBERING_HEAD.exec(out);
    if (!m) break;
    out = out.slice(m[0].length);
  }
  return out;
};

const bigramCache = new Map<string, Map<string, number>>();
function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient on character bigrams. */
export const similarity = (a: string, b: string): number => dice(a, bigrams(a), b);

function dice(a: string, x: ReadonlyMap<string, number>, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  let y = bigramCache.get(b);
  if (!y) {
    y = bigrams(b);
    if (bigramCache.size < 500) bigramCache.set(b, y);
  }
  let common = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + b.length - 1);
}

const specLabelCache = new WeakMap<RowSpec, string>();
function specLabel(row: RowSpec): string {
  let s = specLabelCache.get(row);
  if (s === undefined) {
    s = stripNumbering(labelNorm(foldAscii(row.label)));
    specLabelCache.set(row, s);
  }
  return s;
}

/**
 * Which row a run of values belongs to, from the label text accumulated before it.
 * The row whose distinctive words end closest to the end of the label wins (so header text,
 * group labels and repeated page headers before it do not matter); ties go to the next row expected
 * in template order. Typos fall back to bigram similarity of the last label token.
 */
export function matchLabel(
  label: readonly TextField[], rows: readonly RowSpec[], filled: readonly boolean[], next: number, budget: { similarity: number },
  allowSimilarity = true,
): LabelMatch | undefined {
  if (label.length === 0) return undefined;
  // Window of the last tokens.
  let from = label.length;
  let total = 0;
  while (from > 0 && total < WINDOW) {
    from--;
    total += label[from]!.norm.length;
  }
  const starts: number[] = [];
  let joined = '';
  for (let k = from; k < label.length; k++) {
    starts.push(joined.length);
    joined += label[k]!.norm;
  }
  if (joined.length > WINDOW * 2) {
    const cut = joined.length - WINDOW * 2;
    joined = joined.slice(cut);
    for (let k = 0; k < starts.length; k++) starts[k] = starts[k]! - cut;
  }
  const keys = keysOf(rows);
  let bestRow = -1;
  let bestStart = 0;
  let bestEnd = 0;
  let bestLen = 0;
  const rank = (r: number): number => (r >= next ? r - next : 1000 + r);
  // Filled rows are skipped: any unfilled row that matches beats them, and a filled best is no match.
  for (let r = 0; r < rows.length; r++) {
    if (filled[r]) continue;
    for (const key of keys[r]!) {
      // Most keys are absent; `includes` says so faster than `lastIndexOf` does.
      if (!joined.includes(key)) continue;
      const at = joined.lastIndexOf(key);
      const end = at + key.length;
      let better: boolean;
      if (bestRow < 0) better = true;
      else if (end !== bestEnd) better = end > bestEnd;
      else if (key.length !== bestLen) better = key.length > bestLen;
      else better = rank(r) < rank(bestRow);
      if (better) {
        bestRow = r;
        bestStart = at;
        bestEnd = end;
        bestLen = key.length;
      }
    }
  }
  if (bestRow >= 0) return { row: bestRow, ownFrom: ownFrom(label, from, starts, bestStart), by: 'core' };
  // Typos: compare the last token (or the last two) with the template labels (a bounded number of times
  // per table, so text with thousands of unlabelled runs stays linear).
  if (!allowSimilarity || budget.similarity <= 0) return undefined;
  budget.similarity--;
  const last = label.length - 1;
  const tries: [number, string][] = [[last, label[last]!.norm]];
  if (last > 0) tries.push([last - 1, label[last - 1]!.norm + label[last]!.norm]);
  let sim: { row: number; score: number; from: number } | undefined;
  for (const [k, text] of tries) {
    const probe = stripNumbering(text).slice(0, 80);
    if (probe.length < 2) continue;
    const grams = bigrams(probe);
    for (let r = 0; r < rows.length; r++) {
      if (filled[r]) continue;
      const score = dice(probe, grams, specLabel(rows[r]!)) + (r === next ? 0.1 : 0);
      if (!sim || score > sim.score) sim = { row: r, score, from: k };
    }
  }
  if (sim && sim.score >= 0.6) return { row: sim.row, ownFrom: extendOverNumbering(label, sim.from), by: 'similarity' };
  return undefined;
}

function ownFrom(label: readonly TextField[], from: number, starts: readonly number[], at: number): number {
  let k = starts.length - 1;
  while (k > 0 && starts[k]! > at) k--;
  return extendOverNumbering(label, from + k);
}

/** `一、` printed in its own cell before `本年新收…` belongs to the row's label. */
function extendOverNumbering(label: readonly TextField[], k: number): number {
  if (k > 0 && !NUMBERING_HEAD.test(label[k]!.norm) && NUMBERING_ONLY.test(label[k - 1]!.norm)) return k - 1;
  return k;
}

