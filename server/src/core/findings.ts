import type { Span } from './model';

import type { Localized } from './locale';

export { LOCALES, localize, type Locale, type Localized } from './locale';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A fix is data: the edits that apply it. `safe` fixes are the ones source.fixAll applies. */
export interface Fix {
  readonly title: Localized;
  readonly edits: readonly TextEdit[];
  readonly safe: boolean;
  /** The fix the editor offers first (isPreferred): it alone resolves the finding without breaking anything else. */
  readonly preferred?: boolean;
}

export interface RelatedLocation {
  readonly span: Span;
  readonly message: Localized;
  /** Another document (last year's report); absent = the same document. */
  readonly file?: string;
}

export interface Finding {
  readonly code: string;
  readonly span: Span;
  readonly message: Localized;
  readonly severity: Severity;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
  /** Cell keys the finding is about (for hovers, inlay hints, tests). */
  readonly cells?: readonly string[];
  /** For arithmetic: the value the checked cell should hold. */
  readonly expected?: string;
  /** For arithmetic: the failing equation as plain text (`总计 57 = 自然人 52 + … ✗`), never in the message. */
  readonly equation?: Localized;
}

