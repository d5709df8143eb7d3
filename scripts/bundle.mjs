// Bundles the three entry points into dist/: the extension client (vscode external), the language server, the CLI.
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
// Packages that ship both builds are bundled from their CommonJS one: an ES module's import.meta.url
// is empty in a CommonJS bundle (tinyglobby's fdir calls createRequire(import.meta.url) on load).
const alias = { tinyglobby: require.resolve('tinyglobby') };
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', alias };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]);
