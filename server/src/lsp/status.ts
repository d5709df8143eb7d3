import type { Analysis } from './documents';
import { say } from './messages';

import type { StatusParams } from './protocol';

/** `2023年度 · 2023年模板 · 2 个错误`: the report's year, edition and error count. */
export function statusOf(uri: string, analysis: Analysis | undefined): StatusParams {
  if (!analysis) return { uri, active: false, text: '', detail: '', severity: 'information' };
  const { report, findings } = analysis.result;
  const locale = analysis.settings.locale;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const year = report.year !== undefined ? say(locale, `${report.year}年度`, `${report.year} report`) : say(locale, '年度未知', 'year unknown');
  const edition = report.edition === '2023' ? say(locale, '2023年模板', '2023 template') : say(locale, '2019年版表格', '2019 edition tables');
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
