import type { Locale } from './findings';
import type { Cell, Report, Row, Table } from './model';
import type { EquationResult } from './arithmetic';

/** Everything a hover, a message or `gov-report explain` says about one cell. */
export interface CellExplanation {
  readonly key: string;
  readonly cell: Cell;
  /** `表三 › 三、本年度办理结果 › （四）无法提供 › 1.本机关不掌握相关政府信息 › 自然人` */
  readonly path: string;
  readonly value: string;
  readonly equations: readonly { readonly result: EquationResult; readonly text: string }[];
  /** Markdown for a hover. */
  readonly markdown: string;
}

export interface RowExplanation {
  readonly table: Table;
  readonly row: Row;
  readonly markdown: string;
}

export function cellAt(_report: Report, _offset: number): Cell | undefined {
  return undefined;
}

export function explainCell(_report: Report, _key: string, _locale: Locale): CellExplanation | undefined {
  return undefined;
}

export function explainRowLabel(_report: Report, _offset: number, _locale: Locale): RowExplanation | undefined {
  return undefined;
}
