#!/usr/bin/env node
// The offline real-editor test: code-server (VS Code 1.100) + Debian's Chromium driven by Playwright.
//   1. packages the built extension with vsce (as `npm run package`) and installs the .vsix with `code-server --install-extension`;
//   2. runs the Mocha suite client/out/test/index.js inside the workbench (extensionDevelopmentPath payload);
//   3. drives the UI against the installed .vsix: squiggles, Problems panel, the arithmetic hover — screenshots
//      in test-results/e2e/.
// Exit code: 0 when everything passed. Options: --package (run `npm run package` first), --suite-only,
// --ui-only, --keep (keep the sandbox), --verbose (code-server's own log), --update-docs-screenshot (copy the
// README's pictures from test-results/e2e/ to docs/, see README_PICTURES).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import {
  CODE_SERVER, ROOT, installExtension, launchBrowser, makeSandbox, prepareWorkspace, removeSandbox, startCodeServer,
} from './code-server.mjs';
import { recorder } from './ui-checks.mjs';
import { runPdfView } from './ui-pdf.mjs';
import { runUi } from './ui-run.mjs';

/** The README's pictures: the screenshot of this run (test-results/e2e/) → its one copy in docs/. */
const README_PICTURES = {
  'hover-arithmetic.png': 'screenshot.png', // a seed with one total changed: squiggle, hint, hover, code lens, status bar
  'new-report.png': 'new-report.png', // 新建政府信息公开年度报告 before anything is typed: one finding per table and section
  'pdf-view.png': 'pdf-report.png', // the published PDF opened with 检查此年报文件
};

const argv = new Set(process.argv.slice(2));
const verbose = argv.has('--verbose');
const wantSuite = !argv.has('--ui-only');
const wantUi = !argv.has('--suite-only');
const SUITE_TIMEOUT_MS = 480_000; // a hang guard (a loaded 2-core machine takes ~3 min), not a budget
const REPORT_MARK = '[gov-report e2e] '; // as in client/src/test/index.ts

const t0 = Date.now();
const stamp = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const say = (msg) => process.stdout.write(`[e2e ${stamp()}] ${msg}\n`);

if (!existsSync(CODE_SERVER)) {
  console.error('code-server is not installed: run scripts/e2e/install-code-server.sh (done by .ci/run)');
  process.exit(3);
}
if (!existsSync(join(ROOT, 'client/out/test/index.js')) || !existsSync(join(ROOT, 'dist/client.js'))) {
  console.error('build first: npm run build');
  process.exit(3);
}

const sandbox = makeSandbox();
// Interrupted (Ctrl+C, a test timeout): exit at once; exit handlers stop code-server's group and the browser.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server?.kill();
    try {
      if (!argv.has('--keep')) removeSandbox(sandbox);
    } catch {
      // the browser may still be writing its profile: a stray temp folder, no more
    }
    process.exit(130);
  });
}
let server;
let context;
const failures = [];

async function runSuite() {
  const workspace = join(sandbox.dir, 'workspace-suite');
  mkdirSync(workspace);
  prepareWorkspace({ ...sandbox, workspace });
  const page = await context.newPage();
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  // The extension host's console reaches the workbench log; the suite marks its reporter's lines.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (text.startsWith(REPORT_MARK)) process.stdout.write(`${text.slice(REPORT_MARK.length)}\n`);
    else if (verbose) say(`[workbench ${type}] ${text}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  if (verbose) page.on('console', (msg) => say(`[console] ${msg.text()}`));
  const payload = [
    ['extensionDevelopmentPath', server.remote(ROOT)],
    ['extensionTestsPath', server.remote(join(ROOT, 'client/out/test/index.js'))],
    ['skipWelcome', 'true'],
  ];
  const url = `${server.origin}/?folder=${encodeURIComponent(server.remote(workspace))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  say('mocha suite: opening the workbench with the extension-tests payload');
  await page.goto(url);
  let timer;
  const code = await Promise.race([
    exited,
    new Promise((r) => { timer = setTimeout(() => r('timeout'), SUITE_TIMEOUT_MS); }),
  ]);
  clearTimeout(timer);
  await page.close();
  if (code === 'timeout') failures.push(`mocha suite: no result within ${SUITE_TIMEOUT_MS / 1000} s`);
  else if (code !== 0) failures.push(`mocha suite: exit code ${code}`);
  say(`mocha suite: exit code ${code}`);
}

try {
  if (wantUi) {
    // `npm test` has just built dist/: package it as `npm run package` does, into the sandbox (rebuilding
    // here would rewrite dist/ under the tests running beside this one). --package runs the full script.
    let vsix = join(sandbox.dir, 'gov-report.vsix');
    if (argv.has('--package')) {
      say('npm run package');
      const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
      if (r.status !== 0) throw new Error(`npm run package failed (${r.status})`);
      vsix = join(ROOT, 'gov-report.vsix');
    } else {
      const r = spawnSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], {
        cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`vsce package failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
      say(`vsce package: ${r.stdout.trim().split('\n').pop()?.replace(sandbox.dir, '<sandbox>')}`);
    }
    const installed = installExtension(sandbox, vsix);
    say(`code-server --install-extension gov-report.vsix → ${installed.join(', ')}`);
    if (!installed.some((n) => n.startsWith('gov-report.gov-report-'))) throw new Error('the .vsix did not install as gov-report.gov-report');
  }
  server = await startCodeServer(sandbox, { log: verbose ? (s) => process.stdout.write(s) : () => {} });
  say(`code-server ready on ${server.origin} (pid ${server.pid})`);
  context = await launchBrowser(sandbox);
  if (wantSuite) await runSuite();
  if (wantUi) {
    const uiWorkspace = join(sandbox.dir, 'workspace-ui');
    mkdirSync(uiWorkspace);
    prepareWorkspace({ ...sandbox, workspace: uiWorkspace });
    const shots = join(ROOT, 'test-results/e2e');
    rmSync(shots, { recursive: true, force: true });
    mkdirSync(shots, { recursive: true });
    const { checks, record } = recorder(say);
    try {
      const taken = await runUi({ context, server, workspace: uiWorkspace, shots, say, record });
      const pdfWorkspace = join(sandbox.dir, 'workspace-pdf');
      mkdirSync(pdfWorkspace);
      copyFileSync(join(ROOT, 'test-fixtures/pdf/hongze-2024.pdf'), join(pdfWorkspace, 'hongze-2024.pdf'));
      taken.push(await runPdfView({ context, server, workspace: pdfWorkspace, shots, say }));
      say(`ui run: passed; screenshots: ${taken.map((p) => p.slice(ROOT.length + 1)).join(', ')}`);
      if (argv.has('--update-docs-screenshot')) {
        for (const [shot, picture] of Object.entries(README_PICTURES)) {
          copyFileSync(join(shots, shot), join(ROOT, 'docs', picture));
          say(`copied ${shot} to docs/${picture}`);
        }
      }
    } catch (err) {
      failures.push(`ui run: ${err instanceof Error ? err.message : String(err)}`);
    }
    for (const c of checks) {
      if (!c.ok && !c.todo) failures.push(`ui check ${c.id}: ${c.detail}`);
      if (c.ok && c.todo) say(`[check] ${c.id} passes now: remove it from TODO in scripts/e2e/ui-checks.mjs`);
    }
  }
} catch (err) {
  failures.push(err instanceof Error ? err.stack ?? err.message : String(err));
} finally {
  await context?.close().catch(() => {});
  await server?.stop();
  if (argv.has('--keep')) say(`sandbox kept: ${sandbox.dir}`);
  else removeSandbox(sandbox);
}

for (const f of failures) console.error(`[e2e] FAILED: ${f}`);
say(failures.length ? `${failures.length} failure(s)` : 'all passed');
process.exit(failures.length ? 1 : 0);
