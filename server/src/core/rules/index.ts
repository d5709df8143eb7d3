import type { Finding, Severity } from '../findings';
import type { Rule, RuleContext } from './rule';

/** The ordered registry: every rule, by code. */
export const RULES: readonly Rule[] = [];

export const ruleByCode = (code: string): Rule | undefined => RULES.find((r) => r.code === code || r.slug === code);

export function severityOf(rule: Rule, settings: RuleContext['options']['rules']): Severity | 'off' {
  return settings[rule.code] ?? settings[rule.slug] ?? rule.defaultSeverity;
}

/** Runs every enabled rule; a rule that throws is contained (its findings are dropped), never the whole check. */
export function runRules(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = severityOf(rule, context.options.rules);
    if (severity === 'off') continue;
    try {
      for (const f of rule.check(context)) findings.push({ ...f, code: rule.code, severity });
    } catch {
      // A broken rule must not take the editor down; the fuzz tests catch these.
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}
