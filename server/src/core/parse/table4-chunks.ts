import type { Field } from './fields';
import type { TextField } from './walk';

/** A run of 表四 values with the label text printed just before it. */
export interface Chunk {
  readonly label: readonly TextField[];
  readonly run: readonly Field[];
}

/** Assignments of chunks to groups tried at most (3 groups: 3^chunks); beyond, the table is not read this way. */
const MAX_STEPS = 20_000;

export type ChunkReading =
  | { readonly kind: 'read'; readonly groups: ReadonlyMap<string, readonly Field[]> }
  | { readonly kind: 'ambiguous'; readonly readings: number; readonly searchStopped?: boolean };

/**
 * 表四 printed in reading order (`总计` before its value, one group's total after the next group's
 * parts, or three one-row tables): the runs between labels are kept whole and grouped into three
 * groups of five (each group's runs in printed order: four parts, then the total). The grouping is
 * taken when it alone balances every group, or alone comes within one wrong group (a typo the
 * arithmetic then reports). Each group is named by the label before one of its runs when that label
 * names exactly one group; the others take the header's order by where their first run is printed.
 */
export function readChunks(chunks: readonly Chunk[], order: readonly string[], groupNamed: (label: readonly TextField[]) => string | undefined): ChunkReading | undefined {
  const filled = chunks.map((c) => c.run.filter((f) => f.kind !== 'empty'));
  if (filled.some((f) => f.length === 0 || f.length > 5) || filled.reduce((s, f) => s + f.length, 0) !== 15) return undefined;
  const k = chunks.length;
  if (Math.pow(3, k) > MAX_STEPS) return { kind: 'ambiguous', readings: 0, searchStopped: true };
  // Every split of the chunks into three groups of five values, each split once: chunks in printed order
  // go to a group with room, a new group only the first empty one (groups are unordered).
  const groupings: { members: number[][]; failed: number }[] = [];
  const current: number[][] = [[], [], []];
  const size = [0, 0, 0];
  const place = (i: number): void => {
    if (i === k) {
      if (size.every((n) => n === 5)) groupings.push({ members: current.map((m) => m.slice()), failed: current.filter((m) => !balances(m.flatMap((c) => filled[c]!))).length });
      return;
    }
    const n = filled[i]!.length;
    for (let g = 0; g < 3; g++) {
      if (size[g]! + n > 5) continue;
      current[g]!.push(i);
      size[g]! += n;
      place(i + 1);
      current[g]!.pop();
      size[g]! -= n;
      if (size[g] === 0) break;
    }
  };
  place(0);
  const all = groupings;
  if (all.length === 0) return undefined;
  const best = Math.min(...all.map((g) => g.failed));
  const winners = all.filter((g) => g.failed === best);
  if (best > 1 || winners.length > 1) return { kind: 'ambiguous', readings: best === 0 ? winners.length : 0 };
  const members = winners[0]!.members;
  // Name the groups: by a label naming exactly one group, else by printed order.
  const names: (string | undefined)[] = members.map((m) => {
    const named = new Set(m.map((i) => groupNamed(chunks[i]!.label)).filter((g): g is string => g !== undefined));
    return named.size === 1 ? [...named][0] : undefined;
  });
  const taken = names.filter((n): n is string => n !== undefined);
  if (new Set(taken).size !== taken.length) return { kind: 'ambiguous', readings: 0 };
  const free = order.filter((g) => !taken.includes(g));
  const unnamed = members.map((m, i) => ({ i, first: Math.min(...m) })).filter(({ i }) => names[i] === undefined).sort((a, b) => a.first - b.first);
  unnamed.forEach(({ i }, n) => (names[i] = free[n]));
  const groups = new Map<string, readonly Field[]>();
  members.forEach((m, i) => groups.set(names[i]!, m.flatMap((c) => filled[c]!)));
  return { kind: 'read', groups };
}

function balances(fields: readonly Field[]): boolean {
  let sum = 0n;
  for (let i = 0; i < 4; i++) {
    const f = fields[i]!;
    if (f.kind !== 'value' || f.token.value.kind !== 'number') return true;
    sum += f.token.value.value.units;
  }
  const t = fields[4]!;
  return t.kind !== 'value' || t.token.value.kind !== 'number' || t.token.value.value.units === sum;
}
