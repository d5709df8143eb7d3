// A real VS Code, offline: scripts/e2e/run-code-server.mjs packages and installs the .vsix into code-server,
// runs the Mocha suite of client/src/test inside the workbench, and drives the UI with Playwright + Chromium.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, missingTool } from './tools';

const CODE_SERVER = join(ROOT, '.cache/code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.GOV_REPORT_CHROMIUM ?? '/usr/bin/chromium';

const skip =
  missingTool(existsSync(CODE_SERVER), 'code-server', 'bash scripts/e2e/install-code-server.sh') ??
  missingTool(existsSync(CHROMIUM), 'Chromium', 'apt-get install chromium fonts-noto-cjk');

test('VS Code (code-server 4.100): the .vsix installs; Mocha suite in the workbench; UI squiggles, Problems, hover', { skip, timeout: 300_000 }, async (t) => {
  // On a test timeout the signal aborts: the runner gets SIGTERM and takes code-server's process group down.
  const child = spawn(process.execPath, [join(ROOT, 'scripts/e2e/run-code-server.mjs')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], signal: t.signal });
  child.on('error', () => undefined); // an abort is reported as the test's timeout
  let output = '';
  child.stdout.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { output += d.toString(); });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  // The run's own report (Mocha's spec lines, the UI steps) — shown with the test's result.
  for (const line of output.trimEnd().split('\n')) t.diagnostic(line);
  assert.equal(code, 0, `e2e run failed:\n${output}`);
  assert.match(output, /\d+ passing/, 'the Mocha suite ran');
  assert.doesNotMatch(output, /\d+ failing/);
  assert.match(output, /ui run: passed/);
});
