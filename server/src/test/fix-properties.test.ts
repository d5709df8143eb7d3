import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkReport } from '../core/check';
import { formatDecimal } from '../core/decimal';
import { applyEdits, fixAllEdits } from '../core/fix-all';
import type { Finding } from '../core/findings';
import type { Cell, Report } from '../core/model';
import { solution } from '../core/solve';
import { ROOT } from './seeds';

/**
 * Properties of the fixes over every single-number mutation of every seed and trait report
 * (each number cell of 表二, 表三, 表四 raised by one; each of 表三, 表四 deleted):
 * any offered fix leaves no more errors than before; a cell the sums locate uniquely is restored
 * exactly by the preferred fix; fix-all is idempotent and never touches a number an equation
 * constrains; a fix edits only its finding's span and the cells the finding names.
 */
const FIXTURE_DIRS = ['test-fixtures/seeds', 'test-fixtures/traits'];

const fixtures = (): { name: string; text: string }[] => FIXTURE_DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, dir)).filter((n) => /\.(txt|md)$/.test(n) && n !== 'README.md').sort()
    .map((name) => ({ name: `${dir.split('/').pop()}/${name}`, text: readFileSync(join(ROOT, dir, name), 'utf8') })));

const errors = (findings: readonly Finding[]): number => findings.filter((f) => f.severity === 'error').length;

const numberCells = (report: Report): Cell[] => Object.values(report.tables).flatMap((t) =>
  t ? t.rows.flatMap((r) => r.cells).filter((c) => c.value.kind === 'number' && !c.value.annotation && !c.value.unit) : []);

/** The cell every failing equation shares, when exactly one cell does and at least two equations fail; or the blank alone unknown in a sum. */
function locatedUniquely(report: Report, blanked: string | undefined): string | undefined {
  if (blanked) {
    const alone = solution(report).results.some((r) => {
      const unknown = [...r.left, ...r.right].filter((o) => !o.value);
      return unknown.length === 1 && unknown[0]!.key === blanked && unknown[0]!.cell?.value.kind === 'blank';
    });
    return alone ? blanked : undefined;
  }
  const failing = solution(report).results.filter((r) => r.holds === false);
  if (failing.length < 2) return undefined;
  const keysOf = (i: number): string[] => [...failing[i]!.equation.left, ...failing[i]!.equation.right];
  const shared = keysOf(0).filter((k) => failing.every((_, i) => keysOf(i).includes(k)));
  return shared.length === 1 ? shared[0] : undefined;
}

interface Counts { mutations: number; fixes: number; located: number; fixAll: number }

function checkMutation(text: string, mutatedText: string, where: string, blanked: string | undefined, mutatedKey: string, counts: Counts): void {
  const mutated = checkReport(mutatedText);
  counts.mutations++;
  const before = errors(mutated.findings);
  const preferred: string[] = [];
  for (const finding of mutated.findings) {
    for (const fix of finding.fixes ?? []) {
      if (finding.cells) {
        const spans = finding.cells.map((k) => mutated.report.tables[k.slice(0, 2) as 's3']?.cells.get(k)?.span);
        for (const e of fix.edits) {
          const inFinding = finding.span.start <= e.span.start && e.span.end <= finding.span.end;
          assert.ok(inFinding || spans.some((s) => s && s.start === e.span.start && s.end === e.span.end),
            `${where}: ${finding.code} fix “${fix.title.en}” edits beyond its span and cells`);
        }
      }
      const fixed = applyEdits(mutatedText, fix.edits);
      counts.fixes++;
      const after = errors(checkReport(fixed).findings);
      assert.ok(after <= before, `${where}: ${finding.code} fix “${fix.title.en}” raises errors ${before} → ${after}`);
      // The preferred fixes of the findings about the mutated cell (others, such as an inserted section, are about other things).
      if (fix.preferred && finding.cells?.includes(mutatedKey)) preferred.push(fixed);
      if (/^GR(20[1267]|30)/.test(finding.code)) {
        assert.ok(fix.title['zh-CN'].length <= 40 && fix.title.en.length <= 40, `${where}: long title ${fix.title.en}`);
      }
    }
  }
  if (locatedUniquely(mutated.report, blanked) === mutatedKey) {
    counts.located++;
    assert.ok(preferred.length > 0, `${where}: located uniquely, but no preferred fix`);
    // A deleted number leaves its padding (a no-break space, say): the fill goes where the blank is, so compare the words.
    const same = (t: string): string => (blanked ? t.replace(/\s/g, '') : t);
    for (const fixed of preferred) assert.equal(same(fixed), same(text), `${where}: the preferred fix does not restore the original`);
  }
  const edits = fixAllEdits(mutated.findings);
  if (edits.length === 0) return;
  counts.fixAll++;
  const constrained = solution(mutated.report).results.flatMap((r) => [...r.left, ...r.right]).filter((o) => o.value && o.cell);
  for (const e of edits) {
    assert.ok(!constrained.some((o) => o.cell!.span.start < e.span.end && e.span.start < o.cell!.span.end),
      `${where}: fix-all changes a number an equation constrains`);
  }
  const once = applyEdits(mutatedText, edits);
  const twice = applyEdits(once, fixAllEdits(checkReport(once).findings));
  assert.equal(twice, once, `${where}: fix-all is not idempotent`);
}

test('fix properties over every single-number mutation of every seed and trait', () => {
  const counts: Counts = { mutations: 0, fixes: 0, located: 0, fixAll: 0 };
  for (const { name, text } of fixtures()) {
    const original = checkReport(text).report;
    for (const cell of numberCells(original)) {
      const value = cell.value.kind === 'number' ? cell.value.value : undefined;
      if (!value || text.slice(cell.span.start, cell.span.end) !== formatDecimal(value)) continue;
      // Raised by one everywhere; deleted where sums constrain it (表三, 表四).
      const changes = [formatDecimal({ units: value.units + 1n, scale: value.scale }), ...(cell.table === 's2' ? [] : [''])];
      for (const changed of changes) {
        const mutatedText = text.slice(0, cell.span.start) + changed + text.slice(cell.span.end);
        const where = `${name}: ${cell.key} ${formatDecimal(value)} → ${changed || 'blank'}`;
        checkMutation(text, mutatedText, where, changed ? undefined : cell.key, cell.key, counts);
      }
    }
  }
  assert.ok(counts.mutations > 6000, `only ${counts.mutations} mutations`);
  assert.ok(counts.located > 3000, `only ${counts.located} mutations located uniquely`);
  console.log(`fix properties: ${counts.mutations} mutations, ${counts.fixes} fixes applied, ${counts.located} located uniquely, ${counts.fixAll} fix-all runs`);
});
