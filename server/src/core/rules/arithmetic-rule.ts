import { evaluations, formatEquation, type EquationResult } from '../arithmetic';
import { formatDecimal } from '../decimal';
import type { Fix, Localized } from '../findings';
import type { Report, Span } from '../model';
import type { EquationKind } from '../spec';
import type { RuleContext, RuleFinding } from './rule';
import { cellName, cellOf, text } from './support';

const spanOf = (report: Report, key: string): Span | undefined => cellOf(report, key)?.span;

/** The total a sum checks: the left side's one cell, or for the 勾稽关系 the column's （七）总计. */
const totalKey = (result: EquationResult): string =>
  result.equation.kind === 'balance' ? result.equation.right[0]! : result.equation.left[0]!;

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

function totalFix(report: Report, result: EquationResult, equationText: string): Fix | undefined {
  if (result.equation.kind === 'balance' || result.equation.left.length !== 1 || !result.rightSum) return undefined;
  const cell = cellOf(report, result.equation.left[0]!);
  if (!cell) return undefined;
  const value = formatDecimal(result.rightSum);
  return {
    title: text(`将合计改为 ${value}（${equationText}）`, `Set the total to ${value} (${equationText})`),
    edits: [{ span: cell.span, newText: value }],
    safe: false,
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
  { report, options }: RuleContext,
  kind: EquationKind,
  describe: (result: EquationResult, sums: { total: string; sum: string }) => Localized,
): Iterable<RuleFinding> {
  const { results, culprits } = evaluations(report);
  for (const result of results) {
    if (result.equation.kind !== kind || result.holds !== false) continue;
    const equation = text(formatEquation(result, report.edition, 'zh-CN'), formatEquation(result, report.edition, 'en'));
    const culprit = culprits.get(result);
    const fix = totalFix(report, result, equation[options.locale]);
    const sums = { total: result.leftSum ? formatDecimal(result.leftSum) : '?', sum: result.rightSum ? formatDecimal(result.rightSum) : '?' };
    const related = decidingCells(result, culprit).flatMap((key) => {
      const span = spanOf(report, key);
      return span ? [{ span, message: cellName(key, report.edition) }] : [];
    });
    yield {
      span: findingSpan(report, result, culprit),
      message: describe(result, sums),
      equation,
      related,
      fixes: fix ? [fix] : [],
      cells: [...result.equation.left, ...result.equation.right],
      expected: result.equation.kind !== 'balance' && result.rightSum ? formatDecimal(result.rightSum) : undefined,
    };
  }
}
