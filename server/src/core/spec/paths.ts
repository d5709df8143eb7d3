import { blockLabelEn, columnLabelEn, GROUP_LABELS_EN, rowLabelEn } from './english';
import { TABLE2_2019, TABLE2_2023 } from './table2';
import { RESULT_ROW_PREFIXES, TABLE3_2019, TABLE3_2023, TABLE3_ORGANISATION_HEADER, TABLE3_RESULTS_GROUP } from './table3';
import { TABLE4, TABLE4_SUIT_HEADER } from './table4';
import type { ColumnSpec, RowSpec, TableSpec } from './types';

/** Rows counted in 三、本年度办理结果: （一）…（六） and （七）总计. */
export const isResultsRow = (rowKey: string): boolean =>
  rowKey === 'total' ||
  RESULT_ROW_PREFIXES.some((p) => (p.endsWith('.') ? rowKey.startsWith(p) : rowKey === p || rowKey.startsWith(`${p}.`)));

/** `denied.secret` → `denied`; undefined for a row that is not a numbered sub-item. */
export const subgroupOf = (rowKey: string): string | undefined => {
  const dot = rowKey.indexOf('.');
  return dot < 0 ? undefined : rowKey.slice(0, dot);
};

/**
 * How deep a 表三 row sits in the printed label columns: 1 = 一、/二、/四、, 2 = （一）…（七） under
 * 三、本年度办理结果, 3 = the numbered items under （三）…（六）.
 */
export function table3Level(rowKey: string): 1 | 2 | 3 {
  if (!isResultsRow(rowKey)) return 1;
  return subgroupOf(rowKey) ? 3 : 2;
}

function groupLabels(spec: TableSpec): ReadonlyMap<string, string | undefined> {
  const labels = new Map<string, string | undefined>();
  for (const row of spec.rows) {
    const prefix = subgroupOf(row.key);
    if (prefix && !labels.has(prefix)) labels.set(prefix, row.group);
  }
  return labels;
}

/** Each spec's sub-item groups and their labels, built once when the spec loads. */
const GROUP_LABELS = new Map<TableSpec, ReadonlyMap<string, string | undefined>>(
  [TABLE2_2023, TABLE2_2019, TABLE3_2023, TABLE3_2019, TABLE4].map((spec) => [spec, groupLabels(spec)]),
);

/** The group label (（三）不予公开 …) heading a sub-item's group: the `group` of its first row. */
export function subgroupLabel(spec: TableSpec, rowKey: string): string | undefined {
  const prefix = subgroupOf(rowKey);
  if (!prefix) return undefined;
  return (GROUP_LABELS.get(spec) ?? groupLabels(spec)).get(prefix);
}

export interface LabelPath {
  readonly 'zh-CN': readonly string[];
  readonly en: readonly string[];
}

/** The labels leading to a row, the row's own label last: `三、本年度办理结果 › （四）无法提供 › 1.本机关不掌握相关政府信息`. */
export function rowPath(spec: TableSpec, row: RowSpec): LabelPath {
  const zh: string[] = [];
  const en: string[] = [];
  const ownEn = rowLabelEn(spec.id, row.key) ?? row.label;
  if (spec.id === 's2') {
    if (row.block) {
      zh.push(row.block);
      en.push(blockLabelEn(row.block));
    }
  } else if (spec.id === 's3') {
    if (isResultsRow(row.key)) {
      zh.push(TABLE3_RESULTS_GROUP);
      en.push(GROUP_LABELS_EN.results!);
    }
    const prefix = subgroupOf(row.key);
    const group = subgroupLabel(spec, row.key);
    if (prefix && group) {
      zh.push(group);
      en.push(GROUP_LABELS_EN[prefix] ?? group);
    }
  } else if (row.key.startsWith('suit_')) {
    zh.push(TABLE4_SUIT_HEADER);
    en.push(GROUP_LABELS_EN.suit!);
  }
  zh.push(row.label);
  en.push(ownEn);
  return { 'zh-CN': zh, en };
}

/** 表三's applicant columns printed under 法人或其他组织 (all but 自然人 and 总计). */
export const isOrganisationColumn = (spec: TableSpec, columnKey: string): boolean =>
  spec.id === 's3' && columnKey !== 'natural' && columnKey !== 'total';

/** The labels leading to a column within a row: `法人或其他组织 › 商业企业`, `结果维持`. */
export function columnPath(spec: TableSpec, row: RowSpec, column: ColumnSpec): LabelPath {
  const own = { zh: column.label, en: columnLabelEn(spec.id, row.key, column.key) ?? column.label };
  return isOrganisationColumn(spec, column.key)
    ? { 'zh-CN': [TABLE3_ORGANISATION_HEADER, own.zh], en: [GROUP_LABELS_EN.organisations!, own.en] }
    : { 'zh-CN': [own.zh], en: [own.en] };
}
