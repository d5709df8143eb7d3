import type { Report } from './model';

/** A report with where it came from (a path or URI), as cross-year rules receive it. */
export interface ReportFile {
  readonly report: Report;
  readonly file: string;
}

/** Which report a text is: its normalised agency and year — what last year's report is found by. */
export interface Link {
  readonly agency: string;
  readonly year: number;
}

const TITLE_TAIL = /(?:19|20)\d\d\s*年度?\s*(?:政府信息公开|政务公开).*$/;

/** Spaces, punctuation and symbols removed, full-width letters folded: `烟台市 人民政府（办公室）` → `烟台市人民政府办公室`. */
export function normaliseAgency(name: string): string {
  return name.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The agency a report is by: the parsed one, else the title's words before its year. */
export function agencyOf(report: Report): string | undefined {
  const name = report.agency ?? report.title?.text.replace(/^[#*\s]+/, '').replace(TITLE_TAIL, '');
  const normalised = name ? normaliseAgency(name) : '';
  return normalised.length > 0 ? normalised : undefined;
}

/** The report's agency and year, when it names both. */
export function linkOf(report: Report): Link | undefined {
  const agency = agencyOf(report);
  return agency !== undefined && report.year !== undefined ? { agency, year: report.year } : undefined;
}

/** The lookup key of a link: equal for reports of one agency and year. */
export const linkKey = (link: Link): string => `${link.year}\u0000${link.agency}`;

/** The key last year's report of the same agency has. */
export const predecessorKey = (link: Link): string => linkKey({ agency: link.agency, year: link.year - 1 });

/**
 * Reports by agency and year, for linking each of many reports to its predecessor in one pass.
 * When several items claim the same agency and year, the first one given wins.
 */
export class PredecessorIndex<T> {
  private readonly byKey = new Map<string, T>();

  constructor(items: Iterable<T>, linkOfItem: (item: T) => Link | undefined) {
    for (const item of items) {
      const link = linkOfItem(item);
      if (link && !this.byKey.has(linkKey(link))) this.byKey.set(linkKey(link), item);
    }
  }

  /** Last year's item of `link`'s agency, unless that is `self`. */
  find(link: Link | undefined, self?: T): T | undefined {
    const found = link && this.byKey.get(predecessorKey(link));
    return found !== undefined && found !== self ? found : undefined;
  }
}

/** An index of report files by their parsed report's agency and year. */
export const reportFileIndex = <T extends ReportFile>(candidates: Iterable<T>): PredecessorIndex<T> =>
  new PredecessorIndex(candidates, (c) => linkOf(c.report));

/** Last year's report of the same agency among `candidates` (agency names compared after normalising). */
export function findPredecessor<T extends ReportFile>(report: Report, candidates: Iterable<T>): T | undefined {
  const index = reportFileIndex(candidates);
  const found = index.find(linkOf(report));
  return found && found.report !== report ? found : undefined;
}
