import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compare, formatDecimal, parseDecimal } from '../decimal';
import type { Cell, Report } from '../model';
import { SECTIONS } from '../spec';
import { parseReport } from './index';

const SEEDS = resolve(__dirname, '../../../../test-fixtures/seeds');

interface Truth {
  readonly agency: string;
  readonly year: number;
  readonly edition: string;
  readonly sections_present: readonly string[];
  readonly cells: Readonly<Record<string, number | null>>;
}

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

test('there are five seeds with truth files', () => {
  assert.equal(seeds.length, 5);
});

function allCells(report: Report): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const table of Object.values(report.tables)) for (const [k, c] of table.cells) out.set(k, c);
  return out;
}

function describe(cell: Cell | undefined): string {
  if (!cell) return 'absent';
  const v = cell.value;
  return v.kind === 'number' ? formatDecimal(v.value) : v.kind === 'blank' ? 'blank' : `invalid ${JSON.stringify(v.text)}`;
}

for (const file of seeds) {
  const text = readFileSync(resolve(SEEDS, file), 'utf8');
  const truth = JSON.parse(readFileSync(resolve(SEEDS, 'truth', file.replace(/\.txt$/, '.json')), 'utf8')) as Truth;

  test(`${file}: every cell equals the truth file`, () => {
    const report = parseReport(text);
    const cells = allCells(report);
    const problems: string[] = [];
    for (const [key, expected] of Object.entries(truth.cells)) {
      const cell = cells.get(key);
      if (expected === null) {
        if (cell?.value.kind !== 'blank') problems.push(`${key}: expected blank, got ${describe(cell)}`);
        continue;
      }
      const want = parseDecimal(String(expected))!;
      if (cell?.value.kind !== 'number' || compare(cell.value.value, want) !== 0) {
        problems.push(`${key}: expected ${expected}, got ${describe(cell)}`);
      }
    }
    for (const key of cells.keys()) if (!(key in truth.cells)) problems.push(`${key}: not in the truth file, got ${describe(cells.get(key))}`);
    assert.deepEqual(problems, []);
  });

  test(`${file}: edition, year, agency, sections`, () => {
    const report = parseReport(text);
    assert.equal(report.edition, truth.edition);
    assert.equal(report.year, truth.year);
    assert.ok(report.agency && report.agency.length >= 4 && truth.agency.startsWith(report.agency), `agency ${report.agency}`);
    const present = [...new Set(report.sections.map((s) => SECTIONS[s.index - 1]!.numeral))];
    assert.deepEqual(present, truth.sections_present);
    assert.ok(report.title && text.slice(report.title.span.start, report.title.span.end) === report.title.text);
    for (const t of Object.values(report.tables)) {
      assert.equal(t.missingRows.length, 0, `${t.id} missing ${t.missingRows.join(',')}`);
      assert.equal(t.ambiguities.length, 0);
      assert.ok(t.rows.every((r) => !r.shape), `${t.id} row shape`);
    }
  });

  test(`${file}: spans point at the printed values and labels`, () => {
    const report = parseReport(text);
    for (const table of Object.values(report.tables)) {
      for (const row of table.rows) {
        assert.ok(row.span.start >= table.span.start && row.span.end <= table.span.end, `${row.key} inside its table`);
        assert.equal(text.slice(row.labelSpan.start, row.labelSpan.end).replace(/\s/g, ''), row.label.replace(/\s/g, ''), `${row.key} label span`);
        for (const cell of row.cells) {
          assert.ok(cell.span.start >= row.span.start && cell.span.end <= row.span.end, `${cell.key} inside its row`);
          const printed = text.slice(cell.span.start, cell.span.end);
          if (cell.value.kind === 'blank') assert.equal(printed, '', cell.key);
          else if (cell.value.kind === 'number') {
            const digits = formatDecimal(cell.value.value).replace(/^-/, '');
            assert.ok(printed.replace(/^[+-]/, '') === digits || parseDecimal(printed.replace(/^\+/, ''))?.units === cell.value.value.units, `${cell.key}: span holds ${JSON.stringify(printed)}`);
          }
        }
      }
    }
  });
}

test('seed-specific traps', () => {
  const read = (prefix: string): Report => parseReport(readFileSync(resolve(SEEDS, seeds.find((s) => s.startsWith(prefix))!), 'utf8'));
  const s001 = read('001');
  const two = s001.sections.find((s) => s.index === 2)!;
  assert.equal(two.numberingIsChinese, false);
  assert.equal(two.printedNumber, 2);
  assert.equal(s001.sections.length, 6, 'the （1）… sub-headings are not sections');
  const amount = s001.tables.s2!.cells.get('s2.procurement.amount')!;
  assert.equal(amount.value.kind === 'number' && amount.value.unit, '万元');
  assert.equal(read('000').tables.s4!.rows[0]!.cells.filter((c) => c.value.kind === 'blank').length, 5);
  const s002 = read('002');
  assert.deepEqual(s002.signingDate && [s002.signingDate.year, s002.signingDate.month, s002.signingDate.day], [2020, 1, 26]);
  assert.deepEqual(s002.period && [s002.period.start.year, s002.period.end.month, s002.period.end.day], [2020, 12, 31]);
  assert.equal(read('004').signingDate, undefined, 'the attached notice’s date in section 一 is not the signing date');
  assert.equal(read('003').signingDate, undefined, '发布时间 is not a signing date');
  assert.equal(read('003').tables.s3!.edition, '2023');
  assert.equal(read('000').sections[5]!.heading.prefix, '## **');
  assert.equal(read('000').sections[5]!.heading.suffix, '**');
});
