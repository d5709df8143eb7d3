// The spec's lookups, built once when the spec loads (the tables never change): rows by key, the cell
// keys of a row, the labels of every cell in both locales, the normalised forms of row labels the
// parser and GR205 compare, and the equations of each table. Nothing here is computed on demand.
import { bigrams, foldAscii, stripNumbering } from '../parse/label-forms';
import { labelNorm } from '../parse/value';
import { columnLabelEn, ROW_SHORT_EN, rowLabelEn } from './english';
import { table3Equations, table4Equations } from './equations';
import { TABLE2_2019, TABLE2_2023 } from './table2';
import { subgroupLabel } from './paths';
import { TABLE3_2019, TABLE3_2023, TABLE3_RESULTS_GROUP } from './table3';
import { TABLE4 } from './table4';
import { cellKey, type Edition, type Equation, type RowSpec, type TableId, type TableSpec } from './types';

export function tableSpec(id: TableId, edition: Edition): TableSpec {
  switch (id) {
    case 's2': return edition === '2023' ? TABLE2_2023 : TABLE2_2019;
    case 's3': return edition === '2023' ? TABLE3_2023 : TABLE3_2019;
    case 's4': return TABLE4;
  }
}

const ALL_SPECS: readonly TableSpec[] = [TABLE2_2023, TABLE2_2019, TABLE3_2023, TABLE3_2019, TABLE4];
const EDITIONS: readonly Edition[] = ['2023', '2019'];

/** What the parser and GR205 compare a printed row label with, per spec row. */
export interface RowForms {
  /** Cell keys of the row, in column order (`s3.new.natural` …). */
  readonly cellKeys: readonly string[];
  /** The row's distinctive words and variants, normalised as the parser normalises labels. */
  readonly matchKeys: readonly string[];
  /** The template's label normalised without its numbering, and its character bigrams (typo similarity). */
  readonly matchLabel: string;
  readonly matchLabelBigrams: ReadonlyMap<string, number>;
  /** Label, variants and group + label, compared without width or spacing differences (GR205). */
  readonly accepted: readonly string[];
  /**
   * Group labels a space-separated table prints before the row's own label on its line
   * (`三、本年度办理结果（三）不予公开`, `（三）不予公开`, `三、本年度办理结果`), compared as `accepted`.
   */
  readonly groupPrefixes: readonly string[];
}

/** Characters NFKC leaves as they are (CJK unified ideographs, 、。, ASCII letters, digits and signs), and full-width brackets. */
const PLAIN_LABEL = /^[\u4e00-\u9fff\u3001\u3002!-~（）]*$/;

/** Width and spacing differences are not typos: PDF and web exports change them everywhere. */
export const comparableLabel = (label: string): string =>
  // Most labels need no normalisation but of their brackets; NFKC is several times slower.
  (PLAIN_LABEL.test(label) ? label.replace(/（/g, '(').replace(/）/g, ')') : label.normalize('NFKC').replace(/\s+/g, ''));

function rowForms(spec: TableSpec, row: RowSpec): RowForms {
  const table = spec.id;
  const group = subgroupLabel(spec, row.key) ?? '';
  const matchLabel = stripNumbering(labelNorm(foldAscii(row.label)));
  return {
    cellKeys: row.columns.map((c) => cellKey(table, row.key, c.key)),
    matchKeys: [row.core, ...(row.variants ?? [])].map((k) => labelNorm(foldAscii(k))),
    matchLabel,
    matchLabelBigrams: bigrams(matchLabel),
    accepted: [row.label, ...(row.variants ?? []), row.group ? row.group + row.label : ''].filter(Boolean).map(comparableLabel),
    groupPrefixes: [TABLE3_RESULTS_GROUP + group, group, TABLE3_RESULTS_GROUP].filter(Boolean).map(comparableLabel),
  };
}

const FORMS = new Map<RowSpec, RowForms>();
const ROWS_BY_KEY = new Map<TableSpec, ReadonlyMap<string, RowSpec>>();
const ROW_KEYS = new Map<TableSpec, ReadonlySet<string>>();
for (const spec of ALL_SPECS) {
  const byKey = new Map<string, RowSpec>();
  for (const row of spec.rows) {
    if (!FORMS.has(row)) FORMS.set(row, rowForms(spec, row));
    if (!byKey.has(row.key)) byKey.set(row.key, row);
  }
  ROWS_BY_KEY.set(spec, byKey);
  ROW_KEYS.set(spec, new Set(byKey.keys()));
}

/** The forms of a spec row (every row of every table of the spec has them). */
export const formsOf = (row: RowSpec): RowForms => FORMS.get(row) ?? rowForms(TABLE3_2023, row);

/** The spec row with this key (the first, as `rows.find` would give). */
export const rowSpecOf = (spec: TableSpec, rowKey: string): RowSpec | undefined => ROWS_BY_KEY.get(spec)?.get(rowKey);

/** The row keys of a table. */
export const rowKeysOf = (spec: TableSpec): ReadonlySet<string> => ROW_KEYS.get(spec) ?? new Set(spec.rows.map((r) => r.key));

export interface Labels {
  readonly row: string;
  readonly column: string;
}

/** Parts of a cell key: `s3.denied.secret.natural` → table `s3`, row `denied.secret`, column `natural`. */
export function splitCellKey(key: string): { table: TableId; row: string; column: string } {
  const [table, ...rest] = key.split('.');
  const column = rest.pop() ?? '';
  return { table: table as TableId, row: rest.join('.'), column };
}

function chineseLabels(key: string, edition: Edition): Labels {
  const { table, row: rowKey, column: columnKey } = splitCellKey(key);
  const spec = tableSpec(table, edition) as TableSpec | undefined; // undefined for a key of no table
  const row = spec ? rowSpecOf(spec, rowKey) : undefined;
  const column = row?.columns.find((c) => c.key === columnKey);
  return { row: row?.label ?? rowKey, column: column?.label ?? columnKey };
}

function englishLabels(key: string): Labels {
  const { table, row, column } = splitCellKey(key);
  return { row: ROW_SHORT_EN[`${table}.${row}`] ?? rowLabelEn(table, row) ?? row, column: columnLabelEn(table, row, column) ?? column };
}

const CHINESE = new Map<Edition, ReadonlyMap<string, Labels>>();
const ENGLISH = new Map<string, Labels>();
for (const edition of EDITIONS) {
  const labels = new Map<string, Labels>();
  for (const id of ['s2', 's3', 's4'] as const) {
    for (const row of tableSpec(id, edition).rows) {
      for (const key of formsOf(row).cellKeys) {
        labels.set(key, chineseLabels(key, edition));
        if (!ENGLISH.has(key)) ENGLISH.set(key, englishLabels(key));
      }
    }
  }
  CHINESE.set(edition, labels);
}

/** Short names of a cell's row and column, for equations: `自然人`, `（七）总计`. */
export const shortLabels = (key: string, edition: Edition): Labels => CHINESE.get(edition)?.get(key) ?? chineseLabels(key, edition);

/** English counterparts of `shortLabels`, for equations in the 'en' locale. */
export const englishShortLabels = (key: string): Labels => ENGLISH.get(key) ?? englishLabels(key);

const EQUATIONS: Readonly<Record<Edition, Readonly<Record<TableId, readonly Equation[]>>>> = {
  '2023': { s2: [], s3: table3Equations(TABLE3_2023), s4: table4Equations() },
  '2019': { s2: [], s3: table3Equations(TABLE3_2019), s4: table4Equations() },
};

/** The arithmetic a table of this edition must satisfy. 表二 has none. */
export const equationsFor = (id: TableId, edition: Edition): readonly Equation[] => EQUATIONS[edition][id];
