import { PredecessorIndex } from '../core/predecessor';
import type { FileOutcome } from './analyze';

type Checked = Extract<FileOutcome, { status: 'checked' }>;

/**
 * For each checked report, last year's report of the same agency among the inputs (the core's
 * predecessor lookup; when several inputs claim one agency and year, the first wins), as the path
 * to check it against. Index = position in `outcomes`.
 */
export function predecessors(outcomes: readonly FileOutcome[]): Map<number, string> {
  const linkOfOutcome = (o: FileOutcome) => (o.status === 'checked' ? o.link ?? undefined : undefined);
  const index = new PredecessorIndex(outcomes, linkOfOutcome);
  const links = new Map<number, string>();
  outcomes.forEach((o, i) => {
    const previous = index.find(linkOfOutcome(o), o);
    if (previous !== undefined && previous.file !== o.file) links.set(i, previous.file);
  });
  return links;
}

export type { Checked };
