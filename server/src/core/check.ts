import type { Finding } from './findings';
import type { Report } from './model';
import { DEFAULT_OPTIONS, type CheckOptions } from './options';
import { parseReport } from './parse';
import { runRules } from './rules';

export interface CheckResult {
  readonly report: Report;
  readonly findings: readonly Finding[];
}

export interface PreviousReport {
  readonly report: Report;
  readonly file: string;
}

/** Parse and run every enabled rule. Never throws. */
export function checkText(text: string, options: CheckOptions = DEFAULT_OPTIONS, previous?: PreviousReport): CheckResult {
  const report = parseReport(text);
  return { report, findings: runRules({ report, options, previous }) };
}
