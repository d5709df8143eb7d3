// The extension-tests entry point (`extensionTestsPath`): the same Mocha run under @vscode/test-electron
// (runElectron.ts) and under code-server (scripts/e2e/run-code-server.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';
import { extensionReady } from './helpers';

/** Marks the reporter's lines so the code-server runner can tell them from the workbench's own log. */
export const REPORT_MARK = '[gov-report e2e] ';

export function run(): Promise<void> {
  (Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void }).consoleLog = (...args) =>
    console.log(REPORT_MARK + util.format(...args));
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: 30_000,
    reporter: 'spec',
    // When the extension never starts, fail once, fast, instead of every test timing out.
    rootHooks: { beforeAll: [extensionReady] },
  });
  const grep = process.env.GOV_REPORT_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const name of fs.readdirSync(__dirname).sort()) {
    if (name.endsWith('.suite.js')) mocha.addFile(path.join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} e2e test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
