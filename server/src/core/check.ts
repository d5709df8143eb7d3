import type { Finding } from './findings';
import type { Report } from './model';
import { DEFAULT_OPTIONS, type CheckOptions } from './options';
import { parseReport } from './parse';
import type { ReportFile } from './predecessor';
import { byPosition, runRules, type CheckPhase } from './rules';

export type { CheckPhase };

export interface CheckResult {
  readonly report: Report;
  readonly findings: readonly Finding[];
}

/** Last year's report of the same agency, with where it came from (a path or URI). */
export type PreviousReport = ReportFile;

export interface CheckRequest {
  readonly options?: CheckOptions;
  /** Last year's report: the rules that declare `needsPrevious` run only with it. */
  readonly previous?: PreviousReport;
  /**
   * Which rules run: `all` (default), `single` (those that read this report alone — what a worker
   * can do before last year's report is known) or `cross-year` (only the `needsPrevious` rules,
   * to add to a `single` check's findings).
   */
  readonly phase?: CheckPhase;
}

/**
 * The one way to check a report: parse (unless given the parsed report) and run the rules of the
 * phase. Findings in position order. Never throws.
 */
export function checkReport(input: string | Report, request: CheckRequest = {}): CheckResult {
  const report = typeof input === 'string' ? parseReport(input) : input;
  const { options = DEFAULT_OPTIONS, previous, phase = 'all' } = request;
  return { report, findings: runRules({ report, options, previous }, phase) };
}

/**
 * A phase `single` check completed by the `cross-year` phase against last year's report: the same
 * findings, in the same order, as one check of phase `all`.
 */
export function withPrevious(single: CheckResult, options: CheckOptions, previous: PreviousReport | undefined): CheckResult {
  if (!previous) return single;
  const cross = checkReport(single.report, { options, previous, phase: 'cross-year' }).findings;
  return cross.length > 0 ? { report: single.report, findings: [...single.findings, ...cross].sort(byPosition) } : single;
}
