import type { Analysis } from './documents';
import { isOutdated } from '../core/rules/support';
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
  const outdated = Object.values(report.tables).some((t) => t !== undefined && isOutdated(report, t));
  const edition = editionLabel(locale, EDITION_NAMES[report.edition].short[locale], outdated);
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
