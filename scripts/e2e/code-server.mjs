// Starts code-server isolated from the machine (own config, data, extensions, HOME/XDG in a temporary
// folder, 127.0.0.1, a free port, no auth) and opens its workbench in Debian's Chromium with Playwright.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CODE_SERVER = join(ROOT, '.cache/code-server/node_modules/.bin/code-server');
export const CHROMIUM = process.env.GOV_REPORT_CHROMIUM ?? '/usr/bin/chromium';

/** A fresh temporary folder with HOME, XDG dirs, config, user data and extensions for one run. */
export function makeSandbox() {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-e2e-'));
  const paths = {
    dir,
    home: join(dir, 'home'),
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
    workspace: join(dir, 'workspace'),
    browser: join(dir, 'browser'),
    config: join(dir, 'config.yaml'),
  };
  for (const p of [paths.home, paths.userData, paths.extensions, paths.workspace, paths.browser]) mkdirSync(p, { recursive: true });
  // Quiet, deterministic workbench: no welcome page, no tips, no auto-save racing the tests.
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'files.autoSave': 'off',
    'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
    'window.zoomLevel': 0,
    'editor.stickyScroll.enabled': false,
    // No language pack can be installed offline, so the workbench stays English: ask for the
    // extension's Chinese messages (its users' language) explicitly.
    'govReport.locale': 'zh-CN',
  };
  mkdirSync(join(paths.userData, 'User'), { recursive: true });
  writeFileSync(join(paths.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  writeFileSync(paths.config, 'auth: none\ncert: false\n');
  return paths;
}

/** The environment of every child: HOME and XDG point into the sandbox, so nothing lands in the real home. */
export function sandboxEnv(sandbox) {
  return {
    ...process.env,
    HOME: sandbox.home,
    XDG_CONFIG_HOME: join(sandbox.home, '.config'),
    XDG_DATA_HOME: join(sandbox.home, '.local/share'),
    XDG_CACHE_HOME: join(sandbox.home, '.cache'),
    XDG_STATE_HOME: join(sandbox.home, '.local/state'),
    XDG_RUNTIME_DIR: join(sandbox.home, '.run'),
    TMPDIR: sandbox.dir,
  };
}

/** Copies the seed reports and the published PDF report into the sandbox's workspace folder (the workspace the editor opens). */
export function prepareWorkspace(sandbox) {
  const seeds = join(ROOT, 'test-fixtures/seeds');
  for (const name of readdirSync(seeds)) {
    if (name.endsWith('.txt')) cpSync(join(seeds, name), join(sandbox.workspace, name));
  }
  cpSync(join(ROOT, 'test-fixtures/pdf/hongze-2024.pdf'), join(sandbox.workspace, 'hongze-2024.pdf'));
  return sandbox.workspace;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function commonArgs(sandbox) {
  return ['--config', sandbox.config, '--user-data-dir', sandbox.userData, '--extensions-dir', sandbox.extensions];
}

/** `code-server --install-extension <vsix>` into the sandbox's extensions dir; throws with its output on failure. */
export function installExtension(sandbox, vsix) {
  const r = spawnSync(CODE_SERVER, [...commonArgs(sandbox), '--force', '--install-extension', vsix], {
    env: sandboxEnv(sandbox), encoding: 'utf8', timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`install-extension failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return readdirSync(sandbox.extensions).filter((n) => !n.startsWith('.') && n !== 'extensions.json');
}

async function waitForHealthz(origin, child, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  let exited = false;
  child.once('exit', () => { exited = true; });
  while (Date.now() < deadline) {
    if (exited) throw new Error('code-server exited before it was ready');
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100)); // polling interval, not a wait for readiness
  }
  throw new Error(`code-server not healthy after ${deadlineMs} ms`);
}

/** Starts code-server in its own process group; `stop()` ends the whole group (extension hosts, watchers). */
export async function startCodeServer(sandbox, { log = () => {} } = {}) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    ...commonArgs(sandbox),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--locale', 'zh-cn',
  ];
  const child = spawn(CODE_SERVER, args, { env: sandboxEnv(sandbox), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => log(`[code-server] ${d}`));
  child.stderr.on('data', (d) => log(`[code-server] ${d}`));
  const exited = new Promise((r) => child.once('exit', r));
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  // SIGTERM first; whatever of the group outlives a short grace (extension hosts, watchers) gets SIGKILL.
  const stop = async () => {
    killGroup('SIGTERM');
    let timer;
    await Promise.race([exited, new Promise((r) => { timer = setTimeout(r, 3000); })]);
    clearTimeout(timer);
    killGroup('SIGKILL');
    process.off('exit', onExit);
  };
  // If this process ends first (an error, a signal turned into exit by the caller), the group goes with it.
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);
  try {
    await waitForHealthz(origin, child, 30_000);
  } catch (e) {
    await stop();
    throw e;
  }
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  return { port, origin, remote, stop, kill: onExit, pid: child.pid };
}

/** Debian's Chromium via playwright-core (no browser download), in a fresh profile inside the sandbox. */
export async function launchBrowser(sandbox) {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(sandbox.browser, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 920 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    env: sandboxEnv(sandbox),
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

export function removeSandbox(sandbox) {
  rmSync(sandbox.dir, { recursive: true, force: true, maxRetries: 3 });
}
