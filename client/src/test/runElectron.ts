// Runs the e2e suite in a downloaded VS Code desktop (@vscode/test-electron) — for machines that can reach
// VS Code's update server. Offline, the same suite runs under code-server: scripts/e2e/run-code-server.mjs.
//   node client/out/test/runElectron.js
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-report-electron-'));
  const seeds = path.join(root, 'test-fixtures/seeds');
  for (const name of fs.readdirSync(seeds)) {
    if (name.endsWith('.txt')) fs.copyFileSync(path.join(seeds, name), path.join(workspace, name));
  }
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'govReport.locale': 'zh-CN' }));
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--locale=zh-cn'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
