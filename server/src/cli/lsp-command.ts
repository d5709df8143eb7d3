import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The language server the extension runs: `dist/server.js` next to the bundled CLI, or the
 * compiled `lsp/main.js` when running from `server/out`. It starts on load and takes `--stdio`
 * from the command line, exactly as when the editor launches it.
 */
export function serverEntry(dir: string): string | undefined {
  return [join(dir, 'server.js'), join(dir, '..', 'lsp', 'main.js')].find((p) => existsSync(p));
}

export function startLanguageServer(dir: string): boolean {
  const entry = serverEntry(dir);
  if (!entry) return false;
  createRequire(join(dir, 'cli.js'))(entry);
  return true;
}
