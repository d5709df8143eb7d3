// Tight ranges: a finding underlines one cell, one label or one heading — never a block of lines. Over the
// seeds (tab and one-cell-per-line layouts), the synthetic report (pipe), every rule's invalid case, new
// reports, and mutations of every number (changed, blanked), the only finding allowed to span lines is a
// missing section (its anchor is where the heading goes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport, type CheckResult } from '../core/check';
import { parseReport } from '../core/parse';
import { spanToRange } from '../core/positions';
import { renderReportSkeleton } from '../core/templates';
import { RULE_CASES, checkCase } from './rule-cases';
import { loadSeeds, ROOT } from './seeds';
import { Harness, seedText, seedUri } from './lsp/harness';

const SPANNING_ALLOWED = new Set(['GR102']);
const SYNTHETIC = readFileSync(join(ROOT, 'test-fixtures/synthetic/valid-2023.report.md'), 'utf8');

/** `GR303 L155–156 …` for every finding of the result whose range covers more than one line. */
function spanningFindings(name: string, result: CheckResult): string[] {
  const { lineStarts, text } = result.report;
  return result.findings
    .filter((f) => !SPANNING_ALLOWED.has(f.code))
    .map((f) => ({ f, range: spanToRange(lineStarts, f.span, text) }))
    .filter(({ range }) => range.end.line !== range.start.line)
    .map(({ f, range }) => `${name}: ${f.code} L${range.start.line + 1}–${range.end.line + 1} ${f.message['zh-CN'].slice(0, 40)}`);
}

/**
 * Each number cell of 表三 and 表四 (the sums) blanked, one text per mutation: a blank operand leaves the
 * arithmetic unable to tell the culprit. (Each changed by one: seeds-check.test.ts, which checks ranges too.)
 */
function* mutations(text: string): Iterable<{ name: string; text: string }> {
  for (const table of Object.values(parseReport(text).tables)) {
    if (!table || table.id === 's2') continue;
    for (const cell of table.cells.values()) {
      if (cell.value.kind !== 'number') continue;
      yield { name: `${cell.key} blank`, text: text.slice(0, cell.span.start) + text.slice(cell.span.end) };
    }
  }
}

const seeds = loadSeeds();

test('the seeds, the synthetic report and new reports: every range is one line (a missing section aside)', () => {
  const spanning: string[] = [];
  for (const seed of seeds) {
    spanning.push(...spanningFindings(seed.name, checkReport(seed.text)));
    // The same report dated 2023: its 2019-format tables are outdated (GR106 on each table's first label).
    const dated = checkReport(seed.text.replace(/20(?:19|20)(?=\s*年)/g, '2023'));
    if (seed.truth.edition === '2019') assert.ok(dated.findings.some((f) => f.code === 'GR106'), `${seed.name} dated 2023: GR106`);
    spanning.push(...spanningFindings(`${seed.name} as 2023`, dated));
  }
  spanning.push(...spanningFindings('synthetic', checkReport(SYNTHETIC)));
  for (const style of ['pipe', 'tab'] as const) {
    const skeleton = renderReportSkeleton({ agency: '某某县人民政府办公室', year: 2024, style, headingPrefix: style === 'pipe' ? '## ' : '' });
    spanning.push(...spanningFindings(`new report (${style})`, checkReport(skeleton)));
  }
  assert.deepEqual(spanning, []);
});

test('every rule\'s invalid cases: every range is one line (a missing section aside)', () => {
  const spanning: string[] = [];
  let checked = 0;
  for (const [code, cases] of Object.entries(RULE_CASES)) {
    for (const c of cases.invalid) {
      const result = checkCase(SYNTHETIC, c);
      checked += result.findings.length;
      spanning.push(...spanningFindings(`${code} ${c.name}`, result));
    }
  }
  assert.ok(checked > Object.keys(RULE_CASES).length, 'the invalid cases produce findings');
  assert.deepEqual(spanning, []);
});

test('every number of 表三 and 表四 in two tab reports and a pipe report blanked: every range is one line', () => {
  const reports = [
    ...seeds.filter((s) => /^00[04]_/.test(s.name)).map((s) => ({ name: s.name, text: s.text })),
    { name: 'synthetic', text: SYNTHETIC },
  ];
  const spanning: string[] = [];
  const codes = new Set<string>();
  for (const report of reports) {
    for (const m of mutations(report.text)) {
      const result = checkReport(m.text);
      for (const f of result.findings) codes.add(f.code);
      spanning.push(...spanningFindings(`${report.name} ${m.name}`, result));
    }
  }
  // A blank is reported; in a tab row it shifts the cells after it, which breaks sums the culprit of which is unknown.
  for (const code of ['GR201', 'GR303']) assert.ok(codes.has(code), `no mutation produced ${code}`);
  assert.deepEqual(spanning.slice(0, 20), [], `${spanning.length} findings span lines`);
});

test('over the protocol: the published diagnostics of every seed are one line each (a missing section aside)', async () => {
  const harness = await Harness.start({ settings: { debounce: 0 } });
  try {
    const names = readdirSync(join(ROOT, 'test-fixtures/seeds')).filter((n) => n.endsWith('.txt'));
    for (const name of names) {
      const published = await harness.open(seedUri(name), seedText(name));
      const spanning = published.diagnostics.filter((d) => !SPANNING_ALLOWED.has(String(d.code)) && d.range.end.line !== d.range.start.line);
      assert.deepEqual(spanning.map((d) => `${String(d.code)} L${d.range.start.line + 1}–${d.range.end.line + 1}`), [], name);
    }
  } finally {
    await harness.dispose();
  }
});
