import { formatEquation, type EquationResult } from '../arithmetic';
import { formatDecimal } from '../decimal';
import type { Fix, Localized } from '../findings';
import type { Report, Span } from '../model';
import { solution, type CellChange } from '../solve';
import { englishShortLabels, shortLabels, type EquationKind } from '../spec';
import type { RuleContext, RuleFinding } from './rule';
import { cellName, cellOf, text } from './support';

const spanOf = (report: Report, key: string): Span | undefined => cellOf(report, key)?.span;

/** The total a sum checks: the left side's one cell, or for the 勾稽关系 the column's （七）总计. */
const totalKey = (result: EquationResult): string =>
  result.equation.kind === 'balance' ? result.equation.right[0]! : result.equation.left[0]!;

/** More repairs than this per finding crowd the menu; the best come first. */
const MAX_FIXES = 3;

/**
 * The range of a failing sum: the one cell that most likely broke it when the other sums tell;
 * otherwise the total it breaks (one cell, never a span of lines); a table without that cell, its first operand.
 */
function findingSpan(report: Report, result: EquationResult, culprit: string | undefined): Span {
  const keys = [culprit, totalKey(result), ...result.equation.left, ...result.equation.right];
  for (const key of keys) {
    const span = key === undefined ? undefined : spanOf(report, key);
    if (span) return span;
  }
  return { start: 0, end: 0 };
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** `改为 72` on the located cell; `将“商业企业”改为 5` for the other repairs (named by what varies along the sum). */
function changeFix(report: Report, result: EquationResult, change: CellChange, preferred: boolean): Fix | undefined {
  const cell = cellOf(report, change.key);
  if (!cell) return undefined;
  const value = formatDecimal(change.value);
  const alongRow = result.equation.kind === 'row-total' || result.equation.kind === 'case-total';
  const zh = shortLabels(change.key, report.edition);
  const en = englishShortLabels(change.key);
  return {
    title: preferred
      ? text(`改为 ${value}`, `Change to ${value}`)
      : text(`将“${clip(alongRow ? zh.column : zh.row, 28)}”改为 ${value}`, `Set “${clip(alongRow ? en.column : en.row, 22)}” to ${value}`),
    edits: [{ span: cell.span, newText: value }],
    safe: false,
    ...(preferred ? { preferred: true } : {}),
  };
}

/**
 * The cells that decide a failing sum, for related information: the likely culprit and the total
 * (for the balance, the results total). The other operands are in the equation the hover shows.
 */
function decidingCells(result: EquationResult, culprit: string | undefined): string[] {
  const total = result.equation.kind === 'balance' ? result.equation.right[0] : result.equation.left[0];
  return [...new Set([culprit, total].filter((k): k is string => !!k))];
}

/**
 * Findings for every failing equation of one kind; `describe` words the message (without the
 * equation: it travels as data in `equation`, shown once by the hover, `explain`, HTML).
 */
export function* arithmeticFindings(
  { report }: RuleContext,
  kind: EquationKind,
  describe: (result: EquationResult, sums: { total: string; sum: string }) => Localized,
): Iterable<RuleFinding> {
  const { results, culprits, changes, preferred } = solution(report);
  for (const result of results) {
    if (result.equation.kind !== kind || result.holds !== false) continue;
    const equation = text(formatEquation(result, report.edition, 'zh-CN'), formatEquation(result, report.edition, 'en'));
    const located = preferred && preferred.repairs.includes(result) ? preferred : undefined;
    const offered = (changes.get(result) ?? []).filter((c) => !located || c.key !== located.key).slice(0, located ? MAX_FIXES - 1 : MAX_FIXES);
    const fixes = [located && changeFix(report, result, located, true), ...offered.map((c) => changeFix(report, result, c, false))]
      .filter((f): f is Fix => !!f);
    const culprit = located?.key ?? culprits.get(result);
    const sums = { total: result.leftSum ? formatDecimal(result.leftSum) : '?', sum: result.rightSum ? formatDecimal(result.rightSum) : '?' };
    const related = decidingCells(result, culprit).flatMap((key) => {
      const span = spanOf(report, key);
      return span ? [{ span, message: cellName(key, report.edition) }] : [];
    });
    yield {
      span: located ? spanOf(report, located.key)! : findingSpan(report, result, culprit),
      message: describe(result, sums),
      equation,
      related,
      fixes,
      cells: [...result.equation.left, ...result.equation.right],
      expected: located ? formatDecimal(located.value) : undefined,
    };
  }
}
