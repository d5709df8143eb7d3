// Readings of a figure: the cells it may restate, with labels for messages.
import { shortLabels, tableSpec, type TableId } from '../spec';
import { TABLE_NAMES } from '../spec/english';
import type { Localized } from '../findings';
import type { Report } from '../model';
import type { Reading } from './types';
import { GROUP_LABELS, NOTE_NEW, NOTE_RESULTS, NOTE_WITH_CARRIED, TABLE_EN, type Group } from './words';
import { text } from '../locale';

export function editionOf(report: Report, id: TableId): Report['edition'] {
  return report.tables[id]?.edition ?? report.edition;
}

/** `表三「（一）予以公开」·「总计」`, `表三「一、本年新收…」+「二、上年结转…」·「总计」`, … */
export function labelOf(report: Report, keys: readonly string[], group?: Group): Localized {
  const id = keys[0]!.slice(0, 2) as TableId;
  const edition = editionOf(report, id);
  const parts = keys.map((k) => {
    const { row, column } = shortLabels(k, edition);
    return { key: k, row, column };
  });
  const rows = [...new Set(parts.map((p) => p.row))];
  const columns = [...new Set(parts.map((p) => p.column))];
  const en = keys.length > 3
    ? `${keys[0]} + … + ${keys[keys.length - 1]} (${keys.length} cells, ${TABLE_EN[id]})`
    : `${keys.join(' + ')} (${TABLE_EN[id]})`;
  let zh: string;
  if (group && rows.length > 1) zh = `${TABLE_NAMES[id]['zh-CN']}「${GROUP_LABELS[group]}」各项·${columns.map((c) => `「${c}」`).join('+')}之和`;
  else if (rows.length === 1) zh = `${TABLE_NAMES[id]['zh-CN']}「${rows[0]}」·${columns.map((c) => `「${c}」`).join('+')}`;
  else if (columns.length === 1) zh = `${TABLE_NAMES[id]['zh-CN']}${rows.map((r) => `「${r}」`).join('+')}·「${columns[0]}」`;
  else zh = parts.map((p) => `${TABLE_NAMES[id]['zh-CN']}「${p.row}」·「${p.column}」`).join(' + ');
  return text(zh, en);
}

export function reading(report: Report, keys: readonly string[], group?: Group, note?: Localized): Reading {
  return { keys, label: labelOf(report, keys, group), ...(note ? { note } : {}) };
}

export const s3Keys = (rows: readonly string[], columns: readonly string[]): string[] =>
  rows.flatMap((r) => columns.map((c) => `s3.${r}.${c}`));

export function groupRows(report: Report, group: Group): string[] {
  return tableSpec('s3', editionOf(report, 's3')).rows.map((r) => r.key)
    .filter((k) => k === group || k.startsWith(`${group}.`));
}

export function applicationReadings(report: Report, type: 'received' | 'accepted' | 'handled', columns: readonly string[]): Reading[] {
  const newRead = reading(report, s3Keys(['new'], columns));
  const withCarried = reading(report, s3Keys(['new', 'carried'], columns), undefined, NOTE_WITH_CARRIED);
  const results = reading(report, s3Keys(['total'], columns));
  if (type === 'received') return [newRead, withCarried];
  if (type === 'accepted') return [newRead, withCarried, { keys: results.keys, label: results.label, note: NOTE_RESULTS }];
  return [results, withCarried, { keys: newRead.keys, label: newRead.label, note: NOTE_NEW }];
}

export function caseKeys(type: 'review' | 'suit' | 'both', columns: readonly string[]): string[] {
  const groups = type === 'review' ? ['review'] : type === 'suit' ? ['suit_direct', 'suit_after_review'] : ['review', 'suit_direct', 'suit_after_review'];
  return groups.flatMap((g) => columns.map((c) => `s4.${g}.${c}`));
}
