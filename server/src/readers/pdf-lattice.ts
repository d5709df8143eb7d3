import type { PageText, Ruling } from './pdf-geometry';

/** Rulings closer than this (points) are one line; ends closer than this touch. */
const SNAP = 2.5;
/** Grid rows or columns thinner than this are the gap of a double border, not cells. */
const MIN_TRACK = 3;

/** A table rebuilt from ruling lines: grid lines, and each text run's merged cell. */
export interface LatticeTable {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  /** rows × columns; each grid cell holds the index of its merged cell's anchor (r * columns + c). */
  readonly anchors: readonly number[];
  /** Text runs by anchor index. */
  readonly texts: ReadonlyMap<number, PageText[]>;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1]! > SNAP) { out.push(group.reduce((s, x) => s + x, 0) / group.length); group = []; }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

/** Groups of rulings that touch or cross each other: each group is one table's frame. */
function frames(rulings: readonly Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const meets = (h: Ruling, v: Ruling): boolean => v.at >= h.a - SNAP && v.at <= h.b + SNAP && h.at >= v.a - SNAP && h.at <= v.b + SNAP;
  const overlaps = (p: Ruling, q: Ruling): boolean => Math.abs(p.at - q.at) <= SNAP && p.a <= q.b + SNAP && q.a <= p.b + SNAP;
  for (let i = 0; i < rulings.length; i++) {
    for (let j = i + 1; j < rulings.length; j++) {
      const p = rulings[i]!; const q = rulings[j]!;
      const joined = p.horizontal === q.horizontal ? overlaps(p, q) : p.horizontal ? meets(p, q) : meets(q, p);
      if (joined) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => { const g = find(i); groups.set(g, [...(groups.get(g) ?? []), r]); });
  return [...groups.values()];
}

const covered = (lines: readonly Ruling[], at: number, from: number, to: number): boolean => {
  const mid = (from + to) / 2;
  return lines.some((l) => Math.abs(l.at - at) <= SNAP && l.a <= mid && l.b >= mid);
};

/** Drops grid lines that bound only a sliver (double borders). */
function tracks(values: number[]): number[] {
  const out: number[] = [];
  for (const v of values) if (out.length === 0 || v - out[out.length - 1]! >= MIN_TRACK) out.push(v);
  return out;
}

function tableOf(frame: Ruling[], texts: readonly PageText[], used: Set<PageText>): LatticeTable | undefined {
  const hs = frame.filter((r) => r.horizontal);
  const vs = frame.filter((r) => !r.horizontal);
  if (hs.length < 2 || vs.length < 2) return undefined;
  const ys = tracks(cluster(hs.map((r) => r.at)));
  const xs = tracks(cluster(vs.map((r) => r.at)));
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 2) return undefined;
  const anchors = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (anchors[i] === i ? i : (anchors[i] = find(anchors[i]!)));
  const union = (a: number, b: number): void => { const x = find(a); const y = find(b); if (x !== y) anchors[Math.max(x, y)] = Math.min(x, y); };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covered(vs, xs[c + 1]!, ys[r]!, ys[r + 1]!)) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covered(hs, ys[r + 1]!, xs[c]!, xs[c + 1]!)) union(r * cols + c, (r + 1) * cols + c);
    }
  }
  for (let i = 0; i < anchors.length; i++) anchors[i] = find(i);
  const cellTexts = new Map<number, PageText[]>();
  const [left, right, top, bottom] = [xs[0]!, xs[cols]!, ys[0]!, ys[rows]!];
  for (const t of texts) {
    const cx = t.x + t.width / 2;
    const cy = t.y - t.size * 0.35;
    if (cx < left || cx > right || cy < top || cy > bottom) continue;
    const c = xs.findIndex((x, i) => i < cols && cx >= x && cx <= xs[i + 1]!);
    const r = ys.findIndex((y, i) => i < rows && cy >= y && cy <= ys[i + 1]!);
    if (c < 0 || r < 0) continue;
    const anchor = anchors[r * cols + c]!;
    cellTexts.set(anchor, [...(cellTexts.get(anchor) ?? []), t]);
    used.add(t);
  }
  return { top, bottom, left, right, xs, ys, anchors, texts: cellTexts };
}

/**
 * Tables drawn with ruling lines (the "lattice" reading): grid lines from the rulings, a cell merged
 * with its neighbour wherever the line between them is missing, each text run placed in the cell
 * holding its centre. A frame of fewer than two columns is boxed text, not a table.
 */
export function latticeTables(rulings: readonly Ruling[], texts: readonly PageText[]): { tables: LatticeTable[]; used: Set<PageText> } {
  const used = new Set<PageText>();
  const tables: LatticeTable[] = [];
  for (const frame of frames(rulings)) {
    const table = tableOf(frame, texts, used);
    if (table) tables.push(table);
  }
  return { tables: tables.sort((a, b) => a.top - b.top), used };
}
