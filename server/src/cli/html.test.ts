import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { CliDiagnostic } from './analyze';
import { formatCheckHtml, sortWorstFirst } from './format-html';
import { cli, ROOT, tempDir } from './test-support';

const CHROMIUM = process.env.GOV_REPORT_CHROMIUM ?? '/usr/bin/chromium';
const FOLDERS = [join(ROOT, 'test-fixtures', 'cross-year'), join(ROOT, 'test-fixtures', 'seeds')];

const diagnostic = (severity: CliDiagnostic['severity'], line: number, message: string, code = 'GR301', equation?: string): CliDiagnostic => ({
  code, rule: 'row-total', severity, message, ...(equation ? { equation } : {}),
  range: { start: { line, character: 0 }, end: { line, character: 1 } },
});
const checked = (file: string, diagnostics: CliDiagnostic[]) => ({
  status: 'checked' as const, file, encoding: 'utf-8' as const, agency: '某某局<b>', year: 2023, edition: '2023' as const, diagnostics, link: null,
});

test('HTML: reports worst first, findings with line, the equation set apart, text escaped', () => {
  const files = [
    checked('ok.txt', []),
    checked('warn.txt', [diagnostic('warning', 3, '正文“予以公开7件”为 7，而表三为 6。', 'GR403')]),
    checked('bad.txt', [diagnostic('error', 40, '表三“（一）予以公开”行合计不符：总计 7，各列之和 6。', 'GR301', '总计 7 = 自然人 5 + 商业企业 1 ✗（合计 6）')]),
  ];
  assert.deepEqual(sortWorstFirst(files).map((f) => f.file), ['bad.txt', 'warn.txt', 'ok.txt']);
  const html = formatCheckHtml(files, 'zh-CN');
  assert.ok(html.indexOf('data-file="bad.txt"') < html.indexOf('data-file="warn.txt"'));
  assert.match(html, /行合计不符：总计 7，各列之和 6。<code class="eq">总计 7 = 自然人 5 \+ 商业企业 1 ✗（合计 6）<\/code>/);
  assert.equal(html.split('自然人 5 + 商业企业 1').length, 2, 'the equation is shown once');
  assert.match(html, /data-line="41"/);
  assert.ok(html.includes('某某局&lt;b&gt;') && !html.includes('某某局<b>'));
  assert.ok(!/<script|https?:\/\/(?!www\.w3)/.test(html), 'no script, no network');
});

interface JsonFile {
  file: string;
  agency: string | null;
  year: number | null;
  diagnostics: { code: string; severity: string; range: { start: { line: number } } }[];
}

test('HTML page renders in headless Chromium and its rows match the JSON findings', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
    return;
  }
  const json: JsonFile[] = JSON.parse((await cli(['check', ...FOLDERS, '--format', 'json'])).stdout);
  const html = await cli(['check', ...FOLDERS, '--format', 'html']);
  assert.ok(html.stdout.startsWith('<!DOCTYPE html>'), html.stderr);
  const dir = tempDir(t);
  const page = join(dir, 'report.html');
  writeFileSync(page, html.stdout);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (!url.startsWith('file:')) requests.push(url);
      return url.startsWith('file:') ? route.continue() : route.abort();
    });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    assert.deepEqual(requests, [], 'the page asks the network for nothing');

    const reports = await tab.$$eval('#reports tr.report', (rows) => rows.map((r) => ({
      file: r.getAttribute('data-file'), errors: Number(r.getAttribute('data-errors')), warnings: Number(r.getAttribute('data-warnings')),
      visible: r.getBoundingClientRect().height > 0, cells: [...r.querySelectorAll('td')].map((c) => c.textContent),
    })));
    assert.equal(reports.length, json.length);
    const count = (f: JsonFile, s: string) => f.diagnostics.filter((d) => d.severity === s).length;
    for (const f of json) {
      const row = reports.find((r) => r.file === f.file);
      assert.ok(row && row.visible, f.file);
      assert.equal(row.errors, count(f, 'error'), f.file);
      assert.equal(row.warnings, count(f, 'warning'), f.file);
      assert.equal(row.cells[4], String(count(f, 'error')));
      assert.equal(row.cells[5], String(count(f, 'warning')));
      if (f.agency) assert.equal(row.cells[1], f.agency);
    }
    // Worst first.
    const rank = reports.map((r) => r.errors * 1e6 + r.warnings * 1e3);
    assert.deepEqual(rank, [...rank].sort((a, b) => b - a));

    const findings = await tab.$$eval('tr.finding', (rows) => rows.map((r) =>
      `${r.getAttribute('data-file')}:${r.getAttribute('data-line')} ${r.getAttribute('data-code')} ${r.getAttribute('data-severity')}`));
    const expected = json.flatMap((f) => f.diagnostics.map((d) => `${f.file}:${d.range.start.line + 1} ${d.code} ${d.severity}`));
    assert.deepEqual([...findings].sort(), [...expected].sort());
    assert.ok(findings.some((f) => f.includes(' GR404 ')) && findings.some((f) => f.includes(' GR406 ')) && findings.some((f) => f.includes(' GR403 ')));

    const shot = join(dir, 'report.png');
    await tab.screenshot({ path: shot, fullPage: false });
    assert.ok(existsSync(shot));
  } finally {
    await browser.close();
  }
});
