import type { Finding, Localized, Severity, Fix, RelatedLocation } from '../findings';
import type { Report, Span } from '../model';
import type { CheckOptions } from '../options';

/** What a rule sees: this report, the options, and (for cross-year rules) last year's report. */
export interface RuleContext {
  readonly report: Report;
  readonly options: CheckOptions;
  readonly previous?: { readonly report: Report; readonly file: string };
}

/** A rule's finding before the registry stamps code and severity on it. */
export interface RuleFinding {
  readonly span: Span;
  readonly message: Localized;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
  readonly cells?: readonly string[];
  readonly expected?: string;
}

export interface Rule {
  readonly code: string;
  readonly slug: string;
  readonly defaultSeverity: Severity;
  readonly title: Localized;
  /** One sentence for the docs page and the CLI's rule list. */
  readonly description: Localized;
  check(context: RuleContext): Iterable<RuleFinding>;
}

export type { Finding };
