/** The two editions of the report format (see docs/spec): 2019 = 格式（试行）, 2023 = the template in force since the 2021 reports. */
export type Edition = '2019' | '2023';

export type TableId = 's2' | 's3' | 's4';

/** What a cell may hold: a whole count ≥ 0, a signed whole number (本年增/减), or an amount in 万元. */
export type CellKind = 'count' | 'signed' | 'amount';

export interface ColumnSpec {
  readonly key: string;
  readonly label: string;
  readonly kind: CellKind;
  /**
   * Words by which a note printed with a number names this column (`20（其中修订 16 件）`: revisions are
   * counted as issued, lapses as repealed): a note pulled out of its row is put back by them.
   */
  readonly noteWords?: readonly string[];
}

export interface RowSpec {
  readonly key: string;
  /** The label exactly as the template prints it. */
  readonly label: string;
  /** The distinctive words of the label, used to recognise the row in mangled text. */
  readonly core: string;
  /** Group label printed before the first row of a group (（三）不予公开 …). */
  readonly group?: string;
  /** Block header of 表二 (第二十条第（一）项). */
  readonly block?: string;
  readonly columns: readonly ColumnSpec[];
  /** Other labels that mean the same row (older or regional wording). */
  readonly variants?: readonly string[];
}

export interface TableSpec {
  readonly id: TableId;
  readonly edition: Edition;
  readonly section: number;
  readonly title: string;
  readonly rows: readonly RowSpec[];
}

export interface SectionSpec {
  readonly index: number;
  readonly numeral: string;
  readonly title: string;
  readonly variants: readonly string[];
  /** Words any heading of this section contains, after normalisation. */
  readonly keywords: readonly string[];
  readonly table?: TableId;
}

export type EquationKind = 'row-total' | 'results-total' | 'balance' | 'case-total';

/** Σ left = Σ right over cell keys. */
export interface Equation {
  readonly id: string;
  readonly kind: EquationKind;
  readonly left: readonly string[];
  readonly right: readonly string[];
}

export const cellKey = (table: TableId, row: string, column: string): string => `${table}.${row}.${column}`;
