import type { Report } from './model';
import type { TableId } from './spec';

/** The table styles a template can be rendered in: the document's own. */
export type TemplateStyle = 'pipe' | 'tab';

/** The document's table style, from its existing tables (pipe when it has none and looks like Markdown). */
export function documentTableStyle(_report: Report): TemplateStyle {
  return 'pipe';
}

/** The 2023 template for 表二/表三/表四; `values` fills cells by key (others blank). */
export function renderTableTemplate(_id: TableId, _style: TemplateStyle, _values?: ReadonlyMap<string, string>): string {
  return '';
}

export interface SkeletonOptions {
  readonly year: number;
  readonly agency: string;
  readonly style: TemplateStyle;
  /** Heading marks of the document (`## `), empty for plain text. */
  readonly headingPrefix: string;
}

/** A whole report: title, the six headings with their prescribed titles, the three tables. */
export function renderReportSkeleton(_options: SkeletonOptions): string {
  return '';
}

/** A 2019-edition table rewritten as the 2023 template, carrying the values whose meaning did not change. */
export function migrateTable(_table: import('./model').Table, _style: TemplateStyle): { text: string; notCarried: string[] } {
  return { text: '', notCarried: [] };
}
