import { evaluations, type EquationResult, type Operand } from './arithmetic';
import { add, compare, sub, ZERO, type Decimal } from './decimal';
import { derive, derivedData } from './derived';
import type { Report } from './model';

/** One cell set to one value, and how many equations would still be broken afterwards. */
export interface CellChange {
  readonly key: string;
  readonly value: Decimal;
  readonly remaining: number;
  /** The equations this change makes hold. */
  readonly repairs: readonly EquationResult[];
}

export interface Solution {
  readonly results: readonly EquationResult[];
  readonly culprits: ReadonlyMap<EquationResult, string | undefined>;
  /** Per failing equation: the changes of its cells that leave fewer equations broken, best first. */
  readonly changes: ReadonlyMap<EquationResult, readonly CellChange[]>;
  /** The one change after which every equation holds, when there is exactly one such (or the total of the lone broken sum). */
  readonly preferred?: CellChange;
  /** Blank cells whose value the sums force (the blank is the only unknown of an equation, all such equations agree). */
  readonly forced: ReadonlyMap<string, Decimal>;
}

const operandsOf = (r: EquationResult): readonly Operand[] => [...r.left, ...r.right];

const sumWith = (operands: readonly Operand[], key: string, value: Decimal): Decimal | undefined => {
  let total = ZERO;
  for (const o of operands) {
    const v = o.key === key ? value : o.value;
    if (!v) return undefined;
    total = add(total, v);
  }
  return total;
};

function holdsWith(r: EquationResult, key: string, value: Decimal): boolean | undefined {
  const l = sumWith(r.left, key, value);
  const rr = sumWith(r.right, key, value);
  return l && rr ? compare(l, rr) === 0 : undefined;
}

/** The value `operand` must take for `r` to hold, the other operands kept. */
function valueFor(r: EquationResult, operand: Operand, onLeft: boolean): Decimal | undefined {
  if (!operand.value || !r.leftSum || !r.rightSum) return undefined;
  return onLeft ? add(operand.value, sub(r.rightSum, r.leftSum)) : add(operand.value, sub(r.leftSum, r.rightSum));
}

function solve(report: Report): Solution {
  const { results, culprits } = evaluations(report);
  const byKey = new Map<string, EquationResult[]>();
  for (const r of results) {
    for (const o of operandsOf(r)) {
      let list = byKey.get(o.key);
      if (!list) byKey.set(o.key, (list = []));
      list.push(r);
    }
  }
  const failing = results.filter((r) => r.holds === false);
  const changes = new Map<EquationResult, CellChange[]>();
  const balancing = new Map<string, CellChange>();
  for (const r of failing) {
    const list: CellChange[] = [];
    const consider = (o: Operand, onLeft: boolean): void => {
      const value = valueFor(r, o, onLeft);
      // Counts never go below 0: such a change is no repair.
      if (!value || value.units < 0n) return;
      let remaining = failing.length;
      const repairs: EquationResult[] = [];
      for (const e of byKey.get(o.key) ?? []) {
        const after = holdsWith(e, o.key, value);
        if (e.holds === false && after === true) {
          remaining--;
          repairs.push(e);
        } else if (e.holds === true && after !== true) remaining++;
      }
      if (remaining >= failing.length) return;
      const change: CellChange = { key: o.key, value, remaining, repairs };
      list.push(change);
      if (remaining === 0) balancing.set(`${o.key}=${value.units}/${value.scale}`, change);
    };
    r.left.forEach((o) => consider(o, true));
    r.right.forEach((o) => consider(o, false));
    const isTotal = (c: CellChange): boolean => r.equation.kind !== 'balance' && r.equation.left.includes(c.key);
    list.sort((a, b) => a.remaining - b.remaining || Number(isTotal(b)) - Number(isTotal(a)));
    changes.set(r, list);
  }
  return { results, culprits, changes, preferred: preferredOf([...balancing.values()], failing), forced: forcedBlanks(results) };
}

function preferredOf(balancing: readonly CellChange[], failing: readonly EquationResult[]): CellChange | undefined {
  if (balancing.length === 1) return balancing[0];
  // Several single changes balance everything: only a lone broken sum says which — its total.
  if (failing.length !== 1 || failing[0]!.equation.kind === 'balance') return undefined;
  const totalKey = failing[0]!.equation.left[0];
  return balancing.find((c) => c.key === totalKey);
}

function forcedBlanks(results: readonly EquationResult[]): Map<string, Decimal> {
  const values = new Map<string, Decimal | null>();
  for (const r of results) {
    if (r.holds !== undefined) continue;
    const unknown = operandsOf(r).filter((o) => !o.value);
    const blank = unknown[0];
    if (unknown.length !== 1 || blank?.cell?.value.kind !== 'blank') continue;
    const onLeft = r.left.includes(blank);
    const others = (side: readonly Operand[]): Decimal => side.reduce((s, o) => (o === blank ? s : add(s, o.value!)), ZERO);
    const value = onLeft ? sub(others(r.right), others(r.left)) : sub(others(r.left), others(r.right));
    const before = values.get(blank.key);
    values.set(blank.key, before === undefined || (before !== null && compare(before, value) === 0) ? value : null);
  }
  const forced = new Map<string, Decimal>();
  for (const [key, value] of values) if (value && value.units >= 0n) forced.set(key, value);
  return forced;
}

/** Whether giving these cells these values breaks a sum that is not broken now (one left unknown stays unchecked). */
export function wouldBreak(found: Solution, values: ReadonlyMap<string, Decimal>): boolean {
  const value = (o: Operand): Decimal | undefined => values.get(o.key) ?? o.value;
  const sum = (side: readonly Operand[]): Decimal | undefined => {
    let total = ZERO;
    for (const o of side) {
      const v = value(o);
      if (!v) return undefined;
      total = add(total, v);
    }
    return total;
  };
  return found.results.some((r) => {
    if (r.holds === false || !operandsOf(r).some((o) => values.has(o.key))) return false;
    const l = sum(r.left);
    const rr = sum(r.right);
    return !!l && !!rr && compare(l, rr) !== 0;
  });
}

const solved = derivedData('solution', solve);

/** The report's equations, evaluated and solved once per report (shared by the arithmetic and blank-cell rules). */
export const solution = (report: Report): Solution => derive(report, solved);
