// Regenerates docs/html-report.png: `gov-report check --format html` over the cross-year fixtures plus
// one copy of seed 003 with a number changed (so that a failing equation shows), opened in headless
// Chromium (no network), screenshot of the first screen.
// Run after `npm run build`: node scripts/html-report-screenshot.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = process.env.GOV_REPORT_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);

const dir = mkdtempSync(join(tmpdir(), 'gov-report-html-'));
try {
  const inputs = join(dir, '年报');
  cpSync('test-fixtures/cross-year', inputs, { recursive: true, filter: (p) => !/\.(md|json)$/.test(p) });
  const seed = readdirSync('test-fixtures/seeds').find((n) => n.startsWith('003'));
  const text = readFileSync(join('test-fixtures/seeds', seed), 'utf8');
  const changed = text.replace('一、本年新收政府信息公开申请数量\n\n19\n', '一、本年新收政府信息公开申请数量\n\n18\n');
  if (changed === text) throw new Error('seed 003: the number to change was not found');
  writeFileSync(join(inputs, 'laishan-2023-one-number-changed.txt'), changed);
  const run = spawnSync(process.execPath, [join(process.cwd(), 'bin/gov-report.js'), 'check', '年报', '--format', 'html'], { cwd: dir, encoding: 'utf8' });
  if (!run.stdout.startsWith('<!DOCTYPE html>')) throw new Error(`gov-report failed: ${run.stderr}`);
  const page = join(dir, 'report.html');
  writeFileSync(page, run.stdout);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.screenshot({ path: 'docs/html-report.png' });
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('wrote docs/html-report.png');
