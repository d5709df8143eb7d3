import { add, compare, formatDecimal, ZERO, type Decimal } from './decimal';
import type { Localized } from './findings';
import { derive, derivedData } from './derived';
import type { Cell, Report } from './model';
import { englishShortLabels, equationsFor, shortLabels, type Equation, type EquationKind, type TableId } from './spec';
import { say } from './locale';

export interface Operand {
  readonly key: string;
  readonly cell?: Cell;
  /** The number, when the cell holds one. */
  readonly value?: Decimal;
}

export interface EquationResult {
  readonly equation: Equation;
  readonly left: readonly Operand[];
  readonly right: readonly Operand[];
  readonly leftSum?: Decimal;
  readonly rightSum?: Decimal;
  /** undefined when an operand is missing, blank, invalid or ambiguous: nothing to check. */
  readonly holds?: boolean;
}

type CellsOf = (key: string) => ReadonlyMap<string, Cell> | undefined;

const operand = (cellsOf: CellsOf, key: string): Operand => {
  const cell = cellsOf(key)?.get(key);
  return cell?.value.kind === 'number' ? { key, cell, value: cell.value.value } : { key, cell };
};

function total(operands: readonly Operand[]): Decimal | undefined {
  let result = ZERO;
  for (const o of operands) {
    if (!o.value) return undefined;
    result = add(result, o.value);
  }
  return result;
}

function evaluateWith(cellsOf: CellsOf, equation: Equation): EquationResult {
  const left = equation.left.map((k) => operand(cellsOf, k));
  const right = equation.right.map((k) => operand(cellsOf, k));
  const leftSum = total(left);
  const rightSum = total(right);
  const holds = leftSum && rightSum ? compare(leftSum, rightSum) === 0 : undefined;
  return { equation, left, right, leftSum, rightSum, holds };
}

export function evaluate(report: Report, equation: Equation): EquationResult {
  return evaluateWith((key) => report.tables[key.slice(0, 2) as TableId]?.cells, equation);
}

/** Every equation of the tables the report has, evaluated. */
export function evaluateAll(report: Report): EquationResult[] {
  const results: EquationResult[] = [];
  for (const id of ['s3', 's4'] as const) {
    const table = report.tables[id];
    if (!table) continue;
    const present = (k: string): boolean => table.cells.has(k);
    // Every key of a table's equations names a cell of that table.
    const cellsOf = (): ReadonlyMap<string, Cell> => table.cells;
    for (const equation of equationsFor(id, table.edition)) {
      // Equations over rows this layout lacks entirely are not the report's to satisfy.
      if (!equation.left.some(present) && !equation.right.some(present)) continue;
      results.push(evaluateWith(cellsOf, equation));
    }
  }
  return results;
}

/**
 * For each failing equation, the cell most likely wrong: the one cell shared by the most failing
 * equations, when it is unique. 表三 cells each take part in two or three equations, so one wrong
 * number shows as the intersection of its failing row and column sums.
 */
export function likelyCulprits(results: readonly EquationResult[]): Map<EquationResult, string | undefined> {
  const failing = results.filter((r) => r.holds === false);
  const count = new Map<string, number>();
  for (const r of failing) for (const k of [...r.equation.left, ...r.equation.right]) count.set(k, (count.get(k) ?? 0) + 1);
  const culprits = new Map<EquationResult, string | undefined>();
  for (const r of failing) {
    const keys = [...r.equation.left, ...r.equation.right];
    const best = Math.max(...keys.map((k) => count.get(k) ?? 0));
    const top = keys.filter((k) => count.get(k) === best);
    culprits.set(r, best > 1 && top.length === 1 ? top[0] : undefined);
  }
  return culprits;
}

const fmt = (o: Operand): string => (o.value ? formatDecimal(o.value) : o.cell?.value.kind === 'blank' ? '□' : '?');

/** One operand of an equation as shown: its name (when the equation is short enough to name them), its number. */
export interface EquationTerm {
  readonly key: string;
  readonly name?: string;
  readonly number: string;
  /** The cell asked about (a hover's cell): renderers set it apart. */
  readonly highlight: boolean;
}

/** An evaluated equation as data, in one locale: what hovers, `explain`, HTML and fix titles render. */
export interface EquationView {
  readonly id: string;
  readonly kind: EquationKind;
  readonly left: readonly EquationTerm[];
  readonly right: readonly EquationTerm[];
  /** ✓ true, ✗ false; undefined when a blank or invalid operand leaves nothing to check. */
  readonly holds?: boolean;
  /** After a failing sum: `（合计 57）` / ` (sum 57)`. */
  readonly sum?: string;
}

/**
 * `总计 57 = 自然人 52 + 商业企业 5 + …`: operands named by what varies among them (column or row),
 * numbers only when the sum is long; `highlight` marks the cell asked about.
 */
export function equationView(result: EquationResult, edition: Report['edition'], locale: keyof Localized = 'zh-CN', highlight?: string): EquationView {
  const byColumn = result.equation.kind === 'row-total' || result.equation.kind === 'case-total';
  const side = (operands: readonly Operand[], named: boolean): EquationTerm[] =>
    operands.map((o) => {
      const l = locale === 'en' ? englishShortLabels(o.key) : shortLabels(o.key, edition);
      const term = { key: o.key, number: fmt(o), highlight: o.key === highlight };
      return named ? { ...term, name: byColumn ? l.column : l.row } : term;
    });
  const sum = result.holds === false && result.rightSum && result.equation.kind !== 'balance'
    ? say(locale, `（合计 ${formatDecimal(result.rightSum)}）`, ` (sum ${formatDecimal(result.rightSum)})`)
    : undefined;
  return {
    id: result.equation.id, kind: result.equation.kind, left: side(result.left, true), right: side(result.right, result.right.length <= 7),
    ...(result.holds === undefined ? {} : { holds: result.holds }), ...(sum ? { sum } : {}),
  };
}

/** An equation as plain text; `number` decorates each term's number (renderers bold or escape it). */
export function renderEquation(view: EquationView, number: (term: EquationTerm) => string = (t) => t.number, words: (s: string) => string = (s) => s): string {
  const side = (terms: readonly EquationTerm[]): string => terms.map((t) => (t.name ? `${words(t.name)} ${number(t)}` : number(t))).join(' + ');
  const mark = view.holds === undefined ? '' : view.holds ? ' ✓' : ' ✗';
  return `${side(view.left)} = ${side(view.right)}${mark}${view.sum ? words(view.sum) : ''}`;
}

/** `总计 57 = 自然人 52 + 商业企业 5 + … ✓` as plain text. */
export const formatEquation = (result: EquationResult, edition: Report['edition'], locale: keyof Localized = 'zh-CN'): string =>
  renderEquation(equationView(result, edition, locale));

const evaluated = derivedData('equations', (report) => {
  const results = evaluateAll(report);
  return { results, culprits: likelyCulprits(results) };
});

/** The report's equations evaluated and their likely culprits: once per report, for the rules and explanations alike. */
export const evaluations = (report: Report): { readonly results: readonly EquationResult[]; readonly culprits: ReadonlyMap<EquationResult, string | undefined> } =>
  derive(report, evaluated);
