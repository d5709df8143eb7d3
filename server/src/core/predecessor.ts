import type { Report } from './model';

/** A report with where it came from (a path or URI), as cross-year rules receive it. */
export interface ReportFile {
  readonly report: Report;
  readonly file: string;
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

const keyOf = (agency: string, year: number): string => `${year}\u0000${agency}`;

/**
 * An index of reports by agency and year, for linking each of many reports to its predecessor in
 * one pass. When several reports claim the same agency and year, the first one given wins.
 */
export class PredecessorIndex<T extends ReportFile = ReportFile> {
  private readonly byKey = new Map<string, T>();

  constructor(candidates: Iterable<T>) {
    for (const c of candidates) {
      const agency = agencyOf(c.report);
      if (agency === undefined || c.report.year === undefined) continue;
      const key = keyOf(agency, c.report.year);
      if (!this.byKey.has(key)) this.byKey.set(key, c);
    }
  }

  /** The report of the same agency for the year before, if among the candidates. */
  find(report: Report): T | undefined {
    const agency = agencyOf(report);
    if (agency === undefined || report.year === undefined) return undefined;
    const found = this.byKey.get(keyOf(agency, report.year - 1));
    return found && found.report !== report ? found : undefined;
  }
}

/** Last year's report of the same agency among `candidates` (agency names compared after normalising). */
export function findPredecessor<T extends ReportFile>(report: Report, candidates: Iterable<T>): T | undefined {
  return new PredecessorIndex(candidates).find(report);
}
