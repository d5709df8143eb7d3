import type { Decimal } from './decimal';
import type { Edition, TableId } from './spec';

/** A source range in UTF-16 code units (JavaScript string indices), end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type CellValue =
  | { readonly kind: 'blank' }
  /** A number; `annotation` is text printed with it (`20（其中修订16件）`), `unit` a unit such as 万元. */
  | { readonly kind: 'number'; readonly value: Decimal; readonly annotation?: string; readonly unit?: string }
  | { readonly kind: 'invalid'; readonly text: string };

export interface Cell {
  /** Spec key, e.g. `s3.unable.no_info.natural`. */
  readonly key: string;
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
  readonly raw: string;
  /** Where the cell's text is; for a blank cell, the empty place between its separators. */
  readonly span: Span;
  readonly value: CellValue;
  /** True when the value was fixed by the arithmetic because the text ran digits together. */
  readonly resolvedByArithmetic?: boolean;
}

export interface Row {
  readonly key: string;
  /** The label as printed (without its group label), and where. */
  readonly label: string;
  readonly labelSpan: Span;
  readonly cells: readonly Cell[];
  readonly span: Span;
  /** Printed cells beyond what the row holds, or a count short of it. */
  readonly shape?: { readonly expected: number; readonly found: number };
  /**
   * How the row was recognised: by the template's distinctive words ('core'), by a label that only
   * resembles the template's (a typo, 'similarity'), or by its place between known rows ('position').
   */
  readonly matchedBy?: 'core' | 'similarity' | 'position';
}

export type TableStyle = 'pipe' | 'tab' | 'cell-per-line' | 'html' | 'space';

/** Cells the text leaves ambiguous (digits run together, groups whose order the text does not fix). */
export interface Ambiguity {
  readonly span: Span;
  readonly keys: readonly string[];
  readonly readings: number;
  /** The search stopped at its bound: `readings` is a lower bound, there may be more. */
  readonly searchStopped?: boolean;
  readonly text: string;
}

export interface Table {
  readonly id: TableId;
  readonly edition: Edition;
  /** 表三 printed with （六）其他处理 as one row: the old layout even if 表二 is new. */
  readonly style: TableStyle;
  readonly span: Span;
  readonly rows: readonly Row[];
  readonly cells: ReadonlyMap<string, Cell>;
  readonly missingRows: readonly string[];
  readonly ambiguities: readonly Ambiguity[];
}

export interface Heading {
  readonly span: Span;
  /** The numbering as printed (`二、`, `2、`, `（二）`), and where. */
  readonly numbering: string;
  readonly numberingSpan: Span;
  readonly title: string;
  readonly titleSpan: Span;
  /** Markdown heading marks (`##`) or bold (`**`) or nothing: the document's heading style. */
  readonly prefix: string;
  readonly suffix: string;
}

export interface Section {
  /** 1…6 as recognised by its title. */
  readonly index: number;
  readonly heading: Heading;
  /** From the heading to the next section heading (or the end). */
  readonly span: Span;
  /** The numeral the heading prints, if it parses (Chinese or arabic). */
  readonly printedNumber?: number;
  readonly numberingIsChinese: boolean;
}

export interface DateMention {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly span: Span;
}

export interface Report {
  readonly text: string;
  readonly title?: { readonly text: string; readonly span: Span };
  readonly agency?: string;
  readonly year?: number;
  readonly edition: Edition;
  readonly period?: { readonly start: DateMention; readonly end: DateMention; readonly span: Span };
  readonly signingDate?: DateMention;
  readonly sections: readonly Section[];
  readonly tables: Partial<Record<TableId, Table>>;
  /** Offsets where each line starts, for offset ↔ line/character conversion. */
  readonly lineStarts: readonly number[];
}
