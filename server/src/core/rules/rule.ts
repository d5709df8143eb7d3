import type { z } from 'zod';
import type { Finding, Localized, Severity, Fix, RelatedLocation } from '../findings';
import type { Report, Span } from '../model';
import type { CheckOptions } from '../options';
import type { ReportFile } from '../predecessor';

/**
 * What a rule sees: this report, the options, and — only for a rule that declares `needsPrevious`,
 * and only when one was found — last year's report of the same agency.
 */
export interface RuleContext {
  readonly report: Report;
  readonly options: CheckOptions;
  readonly previous?: ReportFile;
}

/** A rule's finding before the registry stamps code and severity on it. */
export interface RuleFinding {
  readonly span: Span;
  readonly message: Localized;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
  readonly cells?: readonly string[];
  readonly expected?: string;
  /** For arithmetic: the failing equation as plain text (`总计 57 = 自然人 52 + … ✗`), apart from the message. */
  readonly equation?: Localized;
}

/** One option of a rule: its schema (with its default) and what it does, for the settings and `--help`. */
export interface RuleOption<T extends z.ZodTypeAny = z.ZodTypeAny> {
  readonly schema: T;
  readonly description: Localized;
}

export interface Rule {
  readonly code: string;
  readonly slug: string;
  readonly defaultSeverity: Severity;
  readonly title: Localized;
  /** One sentence for the docs page and the CLI's rule list. */
  readonly description: Localized;
  /** Compares the report with last year's: runs only when last year's report is given (phase `cross-year` or `all`). */
  readonly needsPrevious?: true;
  /**
   * The rule's own options, as fields of the one options schema (`core/options.ts` merges them):
   * the setting `govReport.<name>` and the CLI flag `--<kebab-name>` are generated from them.
   */
  readonly options?: Readonly<Record<string, RuleOption>>;
  check(context: RuleContext): Iterable<RuleFinding>;
}

export type { Finding };
