import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CodeLensRequest, ConfigurationRequest, createProtocolConnection, DidOpenTextDocumentNotification, DocumentSymbolRequest,
  ExecuteCommandRequest, ExitNotification, FoldingRangeRequest, HoverRequest, InitializedNotification, InitializeRequest, InlayHintRequest,
  PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter, WorkDoneProgressCreateRequest,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { REPO_ROOT } from '../fuzz/corpus';
import { seedNames, seedText } from '../fuzz/hostile-inputs';

/**
 * The extension runs no code from the workspace and opens no connection. Shown by running the real
 * language server and the real CLI under a preload that refuses (and reports) every socket, DNS
 * lookup, HTTP request, TLS connection, UDP socket, child process, eval, vm script and module load
 * from outside the installed checkout — over a workspace laid out to tempt them: config files in
 * JavaScript, a package.json with scripts, node_modules shadowing our dependencies.
 */
const GUARD = join(REPO_ROOT, 'server', 'out', 'fuzz', 'sandbox-guard.js');
const SANDBOX_MARK = 'gov-report-sandbox-violation';
const SERVER = join(REPO_ROOT, 'dist', 'server.js');
const BIN = join(REPO_ROOT, 'bin', 'gov-report.js');
/** Created by any workspace script that runs. */
const PWNED = 'PWNED';

function hostileWorkspace(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-trust-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const pwn = `require('fs').writeFileSync(require('path').join(${JSON.stringify(dir)}, '${PWNED}'), 'ran ' + __filename);\n`;
  const files: Record<string, string> = {
    'gov-report.config.js': pwn,
    '.gov-reportrc.js': pwn,
    'govreport.config.cjs': pwn,
    'package.json': JSON.stringify({ name: 'evil', scripts: { postinstall: 'node evil.js', test: 'node evil.js' }, main: 'evil.js' }),
    'evil.js': pwn,
    'node_modules/zod/package.json': JSON.stringify({ name: 'zod', main: 'index.js' }),
    'node_modules/zod/index.js': pwn,
    'node_modules/vscode-languageserver/package.json': JSON.stringify({ name: 'vscode-languageserver', main: 'index.js' }),
    'node_modules/vscode-languageserver/index.js': pwn,
    'node_modules/gov-report/index.js': pwn,
    '.vscode/settings.json': JSON.stringify({ 'govReport.rules': { GR301: 'error' }, 'govReport.debounce': 0, 'eslint.nodePath': 'node_modules' }),
    'notes/evil.report.md': `# \${require('child_process').execSync('touch ${PWNED}')}\n<script>${pwn}</script>\n一、总体情况\neval(${JSON.stringify(pwn)})\n`,
  };
  const names = seedNames();
  names.forEach((name, i) => { files[`reports/r${i}.report.md`] = seedText(name); });
  for (const name of readdirSync(join(REPO_ROOT, 'test-fixtures', 'cross-year')).filter((n) => n.endsWith('.txt'))) {
    files[`cross-year/${name}`] = readFileSync(join(REPO_ROOT, 'test-fixtures', 'cross-year', name), 'utf8');
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const violations = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith(SANDBOX_MARK));

describe('the sandbox guard (so the tests below can fail)', () => {
  const probes: Record<string, string> = {
    socket: "require('node:net').connect(80, 'example.org')",
    dns: "require('node:dns').lookup('example.org', () => {})",
    http: "require('node:http').get('http://example.org')",
    https: "require('node:https').request('https://example.org')",
    tls: "require('node:tls').connect(443, 'example.org')",
    udp: "require('node:dgram').createSocket('udp4')",
    'child process': "require('node:child_process').execFileSync('true')",
    eval: "eval('1 + 1')",
    vm: "require('node:vm').runInNewContext('1')",
    'socket in a worker thread': "new (require('node:worker_threads').Worker)(\"require('node:net').connect(80, 'example.org')\", { eval: true }).on('error', () => {})",
  };
  for (const [what, code] of Object.entries(probes)) {
    it(`catches ${what}`, () => {
      const r = spawnSync(process.execPath, ['-r', GUARD, '-e', code], { encoding: 'utf8' });
      assert.equal(violations(r.stderr).length, 1, r.stderr);
    });
  }

  it('catches a module loaded from a workspace', (t) => {
    const dir = hostileWorkspace(t);
    const r = spawnSync(process.execPath, ['-r', GUARD, '-e', `require(${JSON.stringify(join(dir, 'evil.js'))})`], { encoding: 'utf8' });
    assert.equal(violations(r.stderr).length, 1, r.stderr);
    assert.ok(!existsSync(join(dir, PWNED)));
  });

  it('lets the checkout\'s own modules load', () => {
    const r = spawnSync(process.execPath, ['-r', GUARD, '-e', "require('zod'); require('vscode-languageserver/node')"], { encoding: 'utf8', cwd: REPO_ROOT });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(violations(r.stderr), []);
  });
});

describe('a full language-server session over a hostile workspace', () => {
  it('diagnostics, hover, actions, symbols, folding, lens, hints, workspace check: no connection, no workspace code', async (t) => {
    const dir = hostileWorkspace(t);
    const child = spawn(process.execPath, ['-r', GUARD, SERVER, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const client = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published = new Map<string, PublishDiagnosticsParams>();
    const waiters: { uri: string; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
    client.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.set(p.uri, p);
      for (const w of waiters.filter((x) => x.uri === p.uri)) w.resolve(p);
    });
    const diagnosticsOf = (uri: string): Promise<PublishDiagnosticsParams> => new Promise((resolve) => waiters.push({ uri, resolve }));
    client.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => ({ debounce: 0, rules: { GR301: 'error' } })));
    client.onRequest(RegistrationRequest.type, () => undefined);
    client.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    client.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(dir).toString(), name: 'hostile' }]);
    client.onNotification('window/logMessage', () => undefined);
    client.onNotification('window/showMessage', () => undefined);
    client.onNotification('$/progress', () => undefined);
    client.onNotification('govReport/status', () => undefined);
    client.listen();
    try {
      const root = pathToFileURL(dir).toString();
      await client.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'hostile' }],
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
          window: { workDoneProgress: true },
          textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
        },
      });
      await client.sendNotification(InitializedNotification.type, {});
      const uris: string[] = [];
      for (const file of walk(dir).filter((f) => ['.md', '.txt'].includes(extname(f)) && !f.includes('node_modules'))) {
        const uri = pathToFileURL(file).toString();
        uris.push(uri);
        const first = diagnosticsOf(uri);
        await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'gov-report', version: 1, text: readFileSync(file, 'utf8') } });
        await first;
      }
      assert.ok(uris.length >= 10, 'the reports were opened');
      const position = { line: 40, character: 2 };
      const range = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
      for (const uri of uris) {
        const textDocument = { uri };
        await client.sendRequest(HoverRequest.type, { textDocument, position });
        await client.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: published.get(uri)?.diagnostics ?? [] } });
        await client.sendRequest(DocumentSymbolRequest.type, { textDocument });
        await client.sendRequest(FoldingRangeRequest.type, { textDocument });
        await client.sendRequest(CodeLensRequest.type, { textDocument });
        await client.sendRequest(InlayHintRequest.type, { textDocument, range });
      }
      await client.sendRequest(ExecuteCommandRequest.type, { command: 'govReport.server.checkWorkspace', arguments: [] });
      await client.sendRequest(ShutdownRequest.type);
      await client.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0, stderr);
    } finally {
      client.dispose();
      child.kill();
    }
    assert.deepEqual(violations(stderr), []);
    assert.ok(!existsSync(join(dir, PWNED)), 'no workspace script ran');
  });
});

describe('the CLI over a hostile workspace', () => {
  it('check (worker pool, every format), extract and explain: no connection, no workspace code', (t) => {
    const dir = hostileWorkspace(t);
    // Enough files for the worker pool.
    for (let i = 0; i < 70; i++) writeFileSync(join(dir, 'reports', `copy-${i}.txt`), seedText(seedNames()[i % 5]!));
    const runs = [
      ...['text', 'json', 'sarif', 'html'].map((format) => ['check', dir, '--format', format, '--jobs', '2']),
      ['extract', dir, '--format', 'csv'],
      ['explain', join(dir, 'reports', 'r3.report.md'), '120:1'],
    ];
    for (const args of runs) {
      const r = spawnSync(process.execPath, ['-r', GUARD, BIN, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      assert.ok(r.status === 0 || r.status === 1 || (args[0] === 'explain' && r.status === 2), `${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
      assert.deepEqual(violations(r.stderr), [], args.join(' '));
    }
    assert.ok(!existsSync(join(dir, PWNED)), 'no workspace script ran');
  });
});

describe('the shipped code, read', () => {
  const PRODUCT_DIRS = ['server/src/core', 'server/src/lsp', 'server/src/cli', 'server/src/shared', 'server/src/readers', 'client/src'];
  const FORBIDDEN_IMPORTS = /from '(?:node:)?(child_process|net|http|https|http2|tls|dgram|dns|vm|inspector)'|require\('(?:node:)?(child_process|net|http|https|tls|dgram|dns|vm)'\)/;

  it('product sources import no network, process or eval module and evaluate no strings', () => {
    const sources = PRODUCT_DIRS.flatMap((d) => (existsSync(join(REPO_ROOT, d)) ? walk(join(REPO_ROOT, d)) : []))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes(`${join('client', 'src', 'test')}`) && !f.endsWith('test-support.ts') && !f.endsWith('no-network.ts'));
    assert.ok(sources.length > 50);
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, FORBIDDEN_IMPORTS, relative(REPO_ROOT, file));
      assert.doesNotMatch(text, /\beval\s*\(|new\s+Function\s*\(/, relative(REPO_ROOT, file));
    }
  });

  it('the bundles hold no eval, no Function constructor, no vm, and require only literal names', () => {
    for (const bundle of ['server.js', 'cli.js', 'client.js']) {
      const text = readFileSync(join(REPO_ROOT, 'dist', bundle), 'utf8');
      assert.ok(statSync(join(REPO_ROOT, 'dist', bundle)).size > 10_000);
      assert.doesNotMatch(text, /[^\w.]eval\s*\(|new\s+Function\s*\(|\bvm\.run|runInThisContext|runInNewContext/, bundle);
      assert.doesNotMatch(text, /[^\w.$]require\s*\(\s*[^"'\s)]/, `${bundle}: a require with a computed name`);
    }
  });
});

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
