import type { Analysis } from './documents';
import type { Table } from '../core/model';
import { isOutdated, TABLE_NAMES } from '../core/rules/support';
import { editionLabel, say } from './messages';
import { EDITION_NAMES } from '../core/spec';

import type { StatusParams } from './protocol';

/** `2023年度 · 2021年版 · 2 个错误`: the report's year, the short name of its format and the error count. */
export function statusOf(uri: string, analysis: Analysis | undefined): StatusParams {
  if (!analysis) return { uri, active: false, text: '', detail: '', severity: 'information' };
  const { report, findings } = analysis.result;
  const locale = analysis.settings.locale;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const year = report.year !== undefined ? say(locale, `${report.year}年度`, `${report.year} report`) : say(locale, '年度未知', 'year unknown');
  const stale = Object.values(report.tables).filter((t): t is Table => t !== undefined && isOutdated(report, t));
  const name = EDITION_NAMES[report.edition].short[locale];
  // A report of the format in force with one table left in the old one: that table is outdated, not the format.
  const edition = stale.length > 0 && stale.some((t) => t.edition !== report.edition)
    ? say(locale, `${name}（${stale.map((t) => TABLE_NAMES[t.id][locale]).join('、')}已过时）`, `${name} (${stale.map((t) => TABLE_NAMES[t.id][locale]).join(', ')} outdated)`)
    : editionLabel(locale, name, stale.length > 0);
  const count = errors > 0
    ? say(locale, `${errors} 个错误`, `${errors} error${errors === 1 ? '' : 's'}`)
    : say(locale, '无错误', 'no errors');
  return {
    uri,
    active: true,
    text: `${year} · ${edition} · ${count}`,
    detail: say(locale, `${warnings} 个警告`, `${warnings} warning${warnings === 1 ? '' : 's'}`),
    severity: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'information',
  };
}
