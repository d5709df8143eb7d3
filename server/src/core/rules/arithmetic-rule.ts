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

/** Findings for every failing equation of one kind; `describe` words the message around the equation. */
export function* arithmeticFindings(
  { report, options }: RuleContext,
  kind: EquationKind,
  describe: (result: EquationResult, equation: Localized) => Localized,
): Iterable<RuleFinding> {
  const { results, culprits } = evaluations(report);
  for (const result of results) {
    if (result.equation.kind !== kind || result.holds !== false) continue;
    const equation = text(formatEquation(result, report.edition, 'zh-CN'), formatEquation(result, report.edition, 'en'));
    const culprit = culprits.get(result);
    const fix = totalFix(report, result, equation[options.locale]);
    const operands = [...result.left, ...result.right].filter((o) => o.cell);
    yield {
      span: findingSpan(report, result, culprit),
      message: describe(result, equation),
      related: operands.map((o) => ({ span: o.cell!.span, message: cellName(o.key, report.edition) })),
      fixes: fix ? [fix] : [],
      cells: [...result.equation.left, ...result.equation.right],
      expected: result.equation.kind !== 'balance' && result.rightSum ? formatDecimal(result.rightSum) : undefined,
    };
  }
}
