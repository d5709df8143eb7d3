import { basename } from 'node:path';
import type { Locale, Severity } from '../core/findings';
import { byCode } from '../core/rules';
import { EDITION_NAMES } from '../core/spec';
import type { CliDiagnostic, FileOutcome } from './analyze';

type Checked = Extract<FileOutcome, { status: 'checked' }>;

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

const WORDS = {
  'zh-CN': {
    title: '政府信息公开工作年度报告检查结果',
    summary: (reports: number, errors: number, warnings: number, others: number) =>
      `共 ${reports} 份年报：错误 ${errors} 处，警告 ${warnings} 处，提示 ${others} 处。按问题严重程度排序。`,
    file: '文件', agency: '机关', year: '年度', edition: '表格版本', errors: '错误', warnings: '警告', others: '提示',
    line: '行', severity: '级别', code: '规则', message: '说明', equation: '算式',
    none: '未发现问题。', unknown: '—',
    editions: { '2019': EDITION_NAMES['2019'].full['zh-CN'], '2023': EDITION_NAMES['2023'].full['zh-CN'] },
    severities: { error: '错误', warning: '警告', information: '提示', hint: '提示' },
    related: '相关位置',
  },
  en: {
    title: 'Government information disclosure annual reports: check results',
    summary: (reports: number, errors: number, warnings: number, others: number) =>
      `${reports} reports: ${errors} errors, ${warnings} warnings, ${others} notes. Worst first.`,
    file: 'File', agency: 'Agency', year: 'Year', edition: 'Edition', errors: 'Errors', warnings: 'Warnings', others: 'Notes',
    line: 'Line', severity: 'Severity', code: 'Rule', message: 'Message', equation: 'Equation',
    none: 'No findings.', unknown: '—',
    editions: { '2019': EDITION_NAMES['2019'].full.en, '2023': EDITION_NAMES['2023'].full.en },
    severities: { error: 'error', warning: 'warning', information: 'note', hint: 'hint' },
    related: 'Related',
  },
} as const;

interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly others: number;
}

const countsOf = (diagnostics: readonly CliDiagnostic[]): Counts => ({
  errors: diagnostics.filter((d) => d.severity === 'error').length,
  warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  others: diagnostics.filter((d) => d.severity === 'information' || d.severity === 'hint').length,
});

/** Reports worst first: most errors, then most warnings, then most notes, then by file name. */
export function sortWorstFirst<T extends { readonly file: string; readonly diagnostics: readonly CliDiagnostic[] }>(files: readonly T[]): T[] {
  return files.map((f) => ({ f, c: countsOf(f.diagnostics) }))
    .sort((a, b) => b.c.errors - a.c.errors || b.c.warnings - a.c.warnings || b.c.others - a.c.others || a.f.file.localeCompare(b.f.file))
    .map((x) => x.f);
}

const sortFindings = (diagnostics: readonly CliDiagnostic[]): CliDiagnostic[] => [...diagnostics]
  .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.range.start.line - b.range.start.line || byCode(a.code, b.code));

const STYLE = `
:root { color-scheme: light; --error: #b3261e; --warning: #8a5a00; --note: #2f5f8a; --line: #d9d9d9; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f1f1f; line-height: 1.5; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.finding td:nth-child(-n+3) { white-space: nowrap; }
td.n.bad { color: var(--error); font-weight: 700; }
td.n.warn { color: var(--warning); font-weight: 700; }
.sev-error { color: var(--error); font-weight: 700; }
.sev-warning { color: var(--warning); font-weight: 700; }
.sev-information, .sev-hint { color: var(--note); }
code.eq { display: block; margin-top: .25rem; padding: .2rem .4rem; background: #f6f6f6; border-left: 3px solid var(--error); white-space: pre-wrap; }
.meta { color: #5f5f5f; font-size: .9rem; }
.related { color: #5f5f5f; font-size: .85rem; margin-top: .2rem; }
.ok { color: #1e6b2f; }
a { color: #0b57d0; }
`;

/**
 * `check --format html`: one self-contained page for a reviewer (no script, no network): a table
 * with one row per report (agency, year, edition, errors, warnings), worst first, then each
 * report's findings with line and message, arithmetic findings with their equation set apart.
 */
export function formatCheckHtml(files: readonly Checked[], locale: Locale): string {
  const w = WORDS[locale];
  const sorted = sortWorstFirst(files);
  const total = countsOf(files.flatMap((f) => f.diagnostics));
  const anchor = (i: number): string => `report-${i + 1}`;
  const cell = (n: number, cls: string): string => `<td class="n${n > 0 ? ` ${cls}` : ''}">${n}</td>`;

  const rows = sorted.map((f, i) => {
    const c = countsOf(f.diagnostics);
    return `<tr class="report" data-file="${escape(f.file)}" data-errors="${c.errors}" data-warnings="${c.warnings}">`
      + `<td><a href="#${anchor(i)}">${escape(basename(f.file))}</a></td>`
      + `<td>${escape(f.agency ?? w.unknown)}</td><td>${f.year ?? w.unknown}</td><td>${escape(w.editions[f.edition])}</td>`
      + `${cell(c.errors, 'bad')}${cell(c.warnings, 'warn')}${cell(c.others, '')}</tr>`;
  });

  const details = sorted.map((f, i) => {
    const heading = `<h2 id="${anchor(i)}">${escape(f.agency ?? basename(f.file))}${f.year ? ` · ${f.year}` : ''}</h2>`
      + `<p class="meta">${escape(f.file)}</p>`;
    if (f.diagnostics.length === 0) return `<section data-file="${escape(f.file)}">${heading}<p class="ok">${w.none}</p></section>`;
    const findings = sortFindings(f.diagnostics).map((d) => {
      const related = (d.related ?? []).filter((r) => r.file).map((r) =>
        `<div class="related">${w.related}: ${escape(basename(r.file!))}:${r.source ? escape(r.source.text) : r.range.start.line + 1} — ${escape(r.message)}</div>`).join('');
      return `<tr class="finding" data-file="${escape(f.file)}" data-code="${d.code}" data-line="${d.range.start.line + 1}" data-severity="${d.severity}">`
        + `<td class="n">${d.range.start.line + 1}</td>`
        + `<td class="sev-${d.severity}">${escape(w.severities[d.severity])}</td>`
        + `<td><code>${d.code}</code> ${escape(d.rule)}</td>`
        + `<td>${escape(d.message)}${d.equation ? `<code class="eq">${escape(d.equation)}</code>` : ''}${related}</td></tr>`;
    });
    return `<section data-file="${escape(f.file)}">${heading}<table><thead><tr><th>${w.line}</th><th>${w.severity}</th><th>${w.code}</th>`
      + `<th>${w.message}</th></tr></thead><tbody>${findings.join('')}</tbody></table></section>`;
  });

  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${w.title}</h1>
<p class="meta">${w.summary(files.length, total.errors, total.warnings, total.others)}</p>
<table id="reports"><thead><tr><th>${w.file}</th><th>${w.agency}</th><th>${w.year}</th><th>${w.edition}</th><th>${w.errors}</th><th>${w.warnings}</th><th>${w.others}</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
${details.join('\n')}
</body>
</html>
`;
}
