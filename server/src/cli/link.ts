import type { FileOutcome } from './analyze';

type Checked = Extract<FileOutcome, { status: 'checked' }>;

/**
 * For each checked report, last year's report of the same agency among the inputs (agency names
 * normalised by the core's `agencyOf`; when several inputs claim one agency and year, the first
 * wins), as the path to check it against. Index = position in `outcomes`.
 */
export function predecessors(outcomes: readonly FileOutcome[]): Map<number, string> {
  const byKey = new Map<string, string>();
  const key = (agency: string, year: number): string => `${year}\u0000${agency}`;
  for (const o of outcomes) {
    if (o.status !== 'checked' || !o.link) continue;
    const k = key(o.link.agency, o.link.year);
    if (!byKey.has(k)) byKey.set(k, o.file);
  }
  const links = new Map<number, string>();
  outcomes.forEach((o, i) => {
    if (o.status !== 'checked' || !o.link) return;
    const previous = byKey.get(key(o.link.agency, o.link.year - 1));
    if (previous !== undefined && previous !== o.file) links.set(i, previous);
  });
  return links;
}

export type { Checked };
