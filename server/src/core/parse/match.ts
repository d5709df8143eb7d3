import { formsOf, type RowSpec } from '../spec';
import type { Field } from './fields';
import { bigrams, foldAscii, NUMBERING_HEAD, NUMBERING_ONLY, stripNumbering } from './label-forms';
import { labelNorm } from './value';

type TextField = Extract<Field, { kind: 'text' }>;

export interface LabelMatch {
  /** Index into the candidate rows. */
  readonly row: number;
  /** First label token that belongs to the row itself (group labels and header text before it excluded). */
  readonly ownFrom: number;
  readonly by: 'core' | 'similarity' | 'position';
  /** End of the row's own label tokens (exclusive) when a stray label follows them; else the label's end. */
  readonly ownTo?: number;
  /** Another unread row also named in the label, earlier and apart from the winner (a stray label line). */
  readonly rival?: number;
}

/** Only this much label text (from the end) is searched: a row's own label and its group label fit easily. */
const WINDOW = 240;

/** Dice coefficient on character bigrams, against a spec label whose bigrams are built with the spec. */
function dice(a: string, x: ReadonlyMap<string, number>, b: string, y: ReadonlyMap<string, number>): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  let common = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + b.length - 1);
}

/**
 * Which row a run of values belongs to, from the label text accumulated before it.
 * The row whose distinctive words end closest to the end of the label wins (so header text,
 * group labels and repeated page headers before it do not matter); ties go to the next row expected
 * in template order. Typos fall back to bigram similarity of the last label token.
 */
export function matchLabel(
  label: readonly TextField[], rows: readonly RowSpec[], filled: readonly boolean[], next: number, budget: { similarity: number },
  allowSimilarity = true, exclude = -1,
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
  let bestRow = -1;
  let bestStart = 0;
  let bestEnd = 0;
  let bestLen = 0;
  const rank = (r: number): number => (r >= next ? r - next : 1000 + r);
  let matches = 0;
  // Filled rows are skipped: any unfilled row that matches beats them, and a filled best is no match.
  for (let r = 0; r < rows.length; r++) {
    if (filled[r] || r === exclude) continue;
    for (const key of formsOf(rows[r]!).matchKeys) {
      // Most keys are absent; `includes` says so faster than `lastIndexOf` does.
      if (!joined.includes(key)) continue;
      const at = joined.lastIndexOf(key);
      const end = at + key.length;
      matches++;
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
  if (bestRow >= 0) {
    const rival = matches > 1 ? rivalOf(rows, namedRows(rows, filled, exclude, joined), bestRow, bestStart) : undefined;
    const own = ownFrom(label, from, starts, bestStart);
    // A stray label line after the row's own words (another row's label) is not part of this label.
    const strayAfter = exclude >= 0 && formsOf(rows[exclude]!).matchKeys.some((k) => joined.indexOf(k, bestEnd) >= 0);
    const ownTo = rival !== undefined || strayAfter ? tokenAt(starts, bestEnd - 1) + from + 1 : label.length;
    return {
      row: bestRow, ownFrom: extendOverLabel(label, own, ownTo, rows[bestRow]!), by: 'core',
      ...(rival !== undefined ? { rival } : {}),
      ...(ownTo < label.length ? { ownTo } : {}),
    };
  }
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
      const forms = formsOf(rows[r]!);
      const score = dice(probe, grams, forms.matchLabel, forms.matchLabelBigrams) + (r === next ? 0.1 : 0);
      if (!sim || score > sim.score) sim = { row: r, score, from: k };
    }
  }
  if (sim && sim.score >= 0.6) return { row: sim.row, ownFrom: extendOverNumbering(label, sim.from), by: 'similarity' };
  return undefined;
}

/** Every unread row the label names, with where its words end (only when more than one does: rarely). */
function namedRows(rows: readonly RowSpec[], filled: readonly boolean[], exclude: number, joined: string): [number, number][] {
  const out: [number, number][] = [];
  for (let r = 0; r < rows.length; r++) {
    if (filled[r] || r === exclude) continue;
    for (const key of formsOf(rows[r]!).matchKeys) {
      const at = joined.lastIndexOf(key);
      if (at >= 0) out.push([r, at + key.length]);
    }
  }
  return out;
}

/** A row named before the winner's words and apart from them, which is not the winner's group heading. */
function rivalOf(rows: readonly RowSpec[], others: readonly [number, number][], best: number, bestStart: number): number | undefined {
  const group = rows[best]!.group;
  const groupNorm = group ? labelNorm(foldAscii(group)) : '';
  for (const [r, end] of others) {
    if (r === best || end > bestStart) continue;
    if (groupNorm && formsOf(rows[r]!).matchKeys.some((k) => groupNorm.includes(k))) continue;
    return r;
  }
  return undefined;
}

function tokenAt(starts: readonly number[], at: number): number {
  let k = starts.length - 1;
  while (k > 0 && starts[k]! > at) k--;
  return k;
}

function ownFrom(label: readonly TextField[], from: number, starts: readonly number[], at: number): number {
  return extendOverNumbering(label, from + tokenAt(starts, at));
}

/** A label broken over lines (`5.属于三类` / `内部事务信息`): earlier tokens that continue the template label belong to it. */
function extendOverLabel(label: readonly TextField[], k: number, to: number, row: RowSpec): number {
  if (k === 0) return k;
  const full = labelNorm(foldAscii(row.label));
  let own = '';
  for (let i = k; i < to; i++) own += label[i]!.norm;
  while (k > 0 && label[k - 1]!.norm.length > 0 && full.includes(label[k - 1]!.norm + own)) {
    own = label[k - 1]!.norm + own;
    k--;
  }
  return k;
}

/** `一、` printed in its own cell before `本年新收…` belongs to the row's label. */
function extendOverNumbering(label: readonly TextField[], k: number): number {
  if (k > 0 && !NUMBERING_HEAD.test(label[k]!.norm) && NUMBERING_ONLY.test(label[k - 1]!.norm)) return k - 1;
  return k;
}

