// Bundles the entry points into dist/: the extension client (vscode external), the language server, the CLI,
// and the PDF reader (pdf.js, minified) as a file of its own, loaded by the server and CLI on the first PDF
// only; the CMaps Chinese PDFs need (Adobe-GB1, GB*) are copied beside it.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
// Packages that ship both builds are bundled from their CommonJS one: an ES module's import.meta.url
// is empty in a CommonJS bundle (tinyglobby's fdir calls createRequire(import.meta.url) on load).
const alias = { tinyglobby: require.resolve('tinyglobby') };
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', alias };

/** `require('./pdf')` in the readers stays a require, of the separate bundle beside the one being built. */
const pdfReaderApart = {
  name: 'pdf-reader-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/pdf$/ }, (args) => (args.importer.replace(/\\/g, '/').endsWith('server/src/readers/index.ts') ? { path: './pdf-reader.js', external: true } : undefined));
  },
};

const CMAPS = 'node_modules/pdfjs-dist/cmaps';
rmSync('dist/pdfjs', { recursive: true, force: true });
mkdirSync('dist/pdfjs/cmaps', { recursive: true });
for (const name of readdirSync(CMAPS)) if (/GB|^Identity/.test(name)) cpSync(`${CMAPS}/${name}`, `dist/pdfjs/cmaps/${name}`);

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [pdfReaderApart] }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [pdfReaderApart] }),
  build({
    ...common,
    entryPoints: ['server/src/readers/pdf.ts'],
    outfile: 'dist/pdf-reader.js',
    minify: true,
    sourcemap: false,
    // pdf.js asks import.meta.url only to look for an optional canvas package, which text reading does not need.
    logOverride: { 'empty-import-meta': 'silent' },
  }),
]);

// V8's code cache for the CLI, made by a run of it on a seed (see bin/gov-report.js).
const seed = readdirSync('test-fixtures/seeds').find((n) => n.endsWith('.txt'));
const made = spawnSync(process.execPath, ['bin/gov-report.js', 'check', `test-fixtures/seeds/${seed}`, '--format', 'json'], {
  env: { ...process.env, GOV_REPORT_WRITE_CODE_CACHE: '1' }, stdio: 'ignore',
});
if (made.error || made.status === 2) console.warn('bundle: no code cache for dist/cli.js (the CLI starts without it)');
