import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSync, writeFileSync } from 'node:fs';
import { ROOT, SEEDS_DIR, SEEDS, seedText, tempDir } from './test-support';
import { VERSION } from './version';

const BIN = join(ROOT, 'bin', 'gov-report.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });

test('the installed command: --version, --help, usage errors as one line with exit 2 and no stack trace', () => {
  const version = run('--version');
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), VERSION);
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /gov-report check/);
  assert.match(run('--help', '--locale', 'en').stdout, /Exit codes/);
  for (const args of [[], ['check'], ['check', 'x', '--nope'], ['lint', 'x'], ['check', 'no/such/file.txt'], ['explain', 'x', 'y']]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, `${args.join(' ')}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    assert.equal(r.stdout, '');
  }
});

test('the installed command checks the seeds and exits 0 or 1 by error-severity findings', () => {
  const r = run('check', SEEDS_DIR, '--format', 'json');
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const files = JSON.parse(r.stdout) as { diagnostics: { severity: string }[] }[];
  assert.equal(files.length, SEEDS.length, r.stderr);
  assert.equal(r.status, files.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0);
});

/** Printed by the no-network.js preload on any connection attempt. */
const NETWORK_MARK = 'gov-report-network-attempt';

test('a full check (worker pool, cross-year links, every output format) opens no network connection', (t) => {
  const preload = join(__dirname, 'no-network.js');
  const dir = tempDir(t);
  for (let i = 0; i < 70; i++) writeFileSync(join(dir, `r${String(i).padStart(2, '0')}.txt`), seedText(SEEDS[i % SEEDS.length]!));
  // The guard works: a script that connects is caught.
  const probe = spawnSync(process.execPath, ['-r', preload, '-e', "require('node:net').connect(80, 'example.org')"], { encoding: 'utf8' });
  assert.match(probe.stderr, new RegExp(NETWORK_MARK));
  for (const format of ['text', 'json', 'sarif', 'html']) {
    const r = spawnSync(process.execPath, ['-r', preload, BIN, 'check', join(ROOT, 'test-fixtures'), dir, '--format', format, '--jobs', '2'], {
      encoding: 'utf8', cwd: ROOT, env: { ...process.env, GOV_REPORT_STATS: '1' }, maxBuffer: 1024 ** 3,
    });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.doesNotMatch(r.stderr, new RegExp(NETWORK_MARK));
    assert.match(r.stderr, /gov-report-stats \{"files":\d+,"workers":2/);
  }
});

test('gov-report lsp --stdio answers initialize over stdio', async () => {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const send = (message: object): void => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const response = await new Promise<{ id: number; result?: { capabilities?: object } }>((resolve, reject) => {
    let buffer = Buffer.alloc(0);
    child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (message.id === 1) resolve(message);
      }
    });
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  });
  assert.ok(response.result?.capabilities);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  send({ id: 2, method: 'shutdown' });
  send({ method: 'exit' });
  assert.equal(await exited, 0);
});

test('output that cannot be written fails the run (exit 2, one line on stderr), never a success with the output lost', async () => {
  const full = spawnSync(process.execPath, [BIN, 'check', SEEDS_DIR, '--format', 'json'], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
  });
  assert.equal(full.status, 2, full.stderr);
  assert.match(full.stderr, /无法写出结果（ENOSPC）/);
  assert.doesNotMatch(full.stderr, /\n\s+at /);

  // A pipe whose reader has gone (`gov-report check … | head -0`).
  const child = spawn(process.execPath, [BIN, 'check', SEEDS_DIR, '--format', 'html', '--locale', 'en'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 2, stderr);
  assert.match(stderr, /cannot write the output \(EPIPE\)/);
});
