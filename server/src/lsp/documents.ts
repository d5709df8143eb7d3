import { evaluateAll, type EquationResult } from '../core/arithmetic';
import { checkReport, withPrevious, type CheckResult } from '../core/check';
import type { Report } from '../core/model';
import { lineStartsOf } from '../core/positions';
import { linkOf, type Link } from '../core/predecessor';
import { isReport, mayCheck } from './detection';
import type { Settings } from './settings';

/** Last year's report as a check used it: its own text, so related locations in it become ranges. */
export interface PreviousReport {
  readonly uri: string;
  /** Which state of it: an open document's version or a file's size and time. */
  readonly stamp: string;
  readonly report: Report;
  readonly text: string;
  readonly lineStarts: readonly number[];
}

/**
 * Where checks find last year's report. `find` may read a file (once per state of it); `stampFor`
 * only looks at the index, so freshness is cheap to ask on every request.
 */
export interface Predecessors {
  find(uri: string, link: Link): PreviousReport | undefined;
  stampFor(uri: string, link: Link): string;
}

export const stampOfPrevious = (previous: PreviousReport | undefined): string => (previous ? `${previous.uri}\u0000${previous.stamp}` : '');

/** One check of one document version: what every feature reads. */
export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly languageId: string;
  readonly text: string;
  readonly lineStarts: readonly number[];
  readonly result: CheckResult;
  readonly settings: Settings;
  /** Agency and year, when the report names both: the key last year's report is found by. */
  readonly link: Link | undefined;
  /** The report checked against for GR404–GR406, if one was found. */
  readonly previous: PreviousReport | undefined;
  /** The arithmetic of the tables, evaluated once on first use. */
  equations(): readonly EquationResult[];
}

/** Whether an analysis was made against the predecessor the index points to now. */
export const isCurrent = (analysis: Analysis, predecessors: Predecessors | undefined): boolean =>
  !analysis.link || !predecessors || stampOfPrevious(analysis.previous) === predecessors.stampFor(analysis.uri, analysis.link);

/**
 * Checks a text (an open document, or a file for the workspace check) against last year's report
 * when `predecessors` finds one. Never throws.
 */
export function analyse(
  uri: string, version: number, languageId: string, text: string, settings: Settings, predecessors?: Predecessors, parsed?: Report,
  /** The check alone (phase `single`) made elsewhere (a worker thread): only the cross-year phase is left to run. */
  singleYear?: CheckResult,
): Analysis | undefined {
  if (!mayCheck(languageId, settings)) return undefined;
  let result: CheckResult;
  let link: Link | undefined;
  let previous: PreviousReport | undefined;
  try {
    const single = singleYear ?? checkReport(parsed ?? text, { options: settings.check, phase: 'single' });
    if (!isReport(languageId, single.report, settings)) return undefined;
    link = linkOf(single.report);
    previous = link && predecessors?.find(uri, link);
    result = withPrevious(single, settings.check, previous && { report: previous.report, file: previous.uri });
  } catch {
    return undefined;
  }
  let equations: readonly EquationResult[] | undefined;
  return {
    uri, version, languageId, text, result, settings, link, previous,
    lineStarts: lineStartsOf(text),
    equations: () => {
      if (!equations) {
        try {
          equations = evaluateAll(result.report);
        } catch {
          equations = [];
        }
      }
      return equations;
    },
  };
}
