import type { Finding, Severity } from '../findings';
import { applySuppressions } from '../suppress';
import type { Rule, RuleContext } from './rule';
import { missingTitle } from './GR101-missing-title';
import { missingSection } from './GR102-missing-section';
import { sectionOrder } from './GR103-section-order';
import { sectionNumbering } from './GR104-section-numbering';
import { missingTable } from './GR105-missing-table';
import { outdatedTable } from './GR106-outdated-table';
import { missingRow } from './GR107-missing-row';
import { rowShape } from './GR108-row-shape';
import { ambiguousLayout } from './GR109-ambiguous-layout';
import { unfilledTemplate } from './GR110-unfilled-template';
import { emptySection } from './GR111-empty-section';
import { blankCell } from './GR201-blank-cell';
import { notANumber } from './GR202-not-a-number';
import { invalidCount } from './GR203-invalid-count';
import { annotatedCell } from './GR204-annotated-cell';
import { labelTypo } from './GR205-label-typo';
import { zeroPlaceholder } from './GR206-zero-placeholder';
import { blankInSum } from './GR207-blank-in-sum';
import { rowTotal } from './GR301-row-total';
import { resultsTotal } from './GR302-results-total';
import { balance } from './GR303-balance';
import { caseTotal } from './GR304-case-total';
import { periodYear } from './GR401-period-year';
import { signingDate } from './GR402-signing-date';
import { textVsTable } from './GR403-text-vs-table';
import { carryOver } from './GR404-carry-over';
import { effectiveContinuity } from './GR405-effective-continuity';
import { repeatedText } from './GR406-repeated-text';
import { feeNotReported } from './GR407-fee-not-reported';
import { publicationDeadline } from './GR408-publication-deadline';
import { overviewTopics } from './GR409-overview-topics';
import { accountabilityResults } from './GR410-accountability-results';
import { problemsAndImprovements } from './GR411-problems-and-improvements';
import { feeDemanded } from './GR412-fee-demanded';
import { pastedDocument } from './GR413-pasted-document';
import { noStatutoryDeadline } from './GR414-no-statutory-deadline';
import { rulesRowNotApplicable } from './GR415-rules-row-not-applicable';

/** The ordered registry: every rule, by code. Codes and slugs are public contracts. */
export const RULES: readonly Rule[] = [
  missingTitle, missingSection, sectionOrder, sectionNumbering, missingTable, outdatedTable, missingRow, rowShape,
  ambiguousLayout, unfilledTemplate, emptySection, blankCell, notANumber, invalidCount, annotatedCell, labelTypo, zeroPlaceholder, blankInSum, rowTotal, resultsTotal, balance,
  caseTotal, periodYear, signingDate, textVsTable, carryOver, effectiveContinuity, repeatedText, feeNotReported,
  publicationDeadline, overviewTopics, accountabilityResults, problemsAndImprovements, feeDemanded, pastedDocument,
  noStatutoryDeadline, rulesRowNotApplicable,
];

/** The rule of a code or a slug, in any case (`GR301`, `gr301`, `row-total`): the one place rule keys are read tolerantly. */
export function ruleByCode(key: string): Rule | undefined {
  const code = key.trim().toUpperCase();
  const slug = key.trim().toLowerCase();
  return RULES.find((r) => r.code === code || r.slug === slug);
}

export function severityOf(rule: Rule, settings: RuleContext['options']['rules']): Severity | 'off' {
  return settings[rule.code] ?? settings[rule.slug] ?? rule.defaultSeverity;
}

/** Which rules a check runs: all, those reading this report alone, or only those comparing it with last year's. */
export type CheckPhase = 'all' | 'single' | 'cross-year';

/** Whether `rule` runs in `phase` (a `needsPrevious` rule runs only when last year's report is given). */
export function runsIn(rule: Rule, phase: CheckPhase, hasPrevious: boolean): boolean {
  if (rule.needsPrevious) return phase !== 'single' && hasPrevious;
  return phase !== 'cross-year';
}

/** Rule codes in order (`GR201` < `GR301`): code units, not localeCompare, whose first call loads ICU's collator (~8 ms of every CLI start). */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Findings in report order (then by code): the order every check returns. */
export const byPosition = (a: Finding, b: Finding): number => a.span.start - b.span.start || byCode(a.code, b.code);

/**
 * Runs every enabled rule of the phase; a rule that throws is contained (its findings are dropped),
 * never the whole check. Only rules that declare `needsPrevious` see last year's report.
 */
export function runRules(context: RuleContext, phase: CheckPhase = 'all'): Finding[] {
  const findings: Finding[] = [];
  const alone: RuleContext = { report: context.report, options: context.options };
  for (const rule of RULES) {
    if (!runsIn(rule, phase, context.previous !== undefined)) continue;
    const severity = severityOf(rule, context.options.rules);
    if (severity === 'off') continue;
    try {
      // Object.assign, not a spread: V8 copies with a spread about ten times slower.
      for (const f of rule.check(rule.needsPrevious ? context : alone)) findings.push(Object.assign({}, f, { code: rule.code, severity }));
    } catch {
      // A broken rule must not take the editor down; the fuzz tests catch these.
    }
  }
  findings.sort(byPosition);
  return applySuppressions(context.report, findings, (code) => ruleByCode(code)?.slug);
}
