import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, SEEDS, SEEDS_DIR, tempDir } from './test-support';

/** A copy of the installed command (bin/ and the CLI bundle), to give it each kind of code cache. */
function install(t: Parameters<typeof tempDir>[0]): { bin: string; cache: string; bundle: string } {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist'));
  copyFileSync(join(ROOT, 'bin', 'gov-report.js'), join(dir, 'bin', 'gov-report.js'));
  copyFileSync(join(ROOT, 'dist', 'cli.js'), join(dir, 'dist', 'cli.js'));
  return { bin: join(dir, 'bin', 'gov-report.js'), cache: join(dir, 'dist', 'cli.js.cache'), bundle: join(dir, 'dist', 'cli.js') };
}

test('the command\'s code cache: made by a run under GOV_REPORT_WRITE_CODE_CACHE, headed by the bundle\'s SHA-1; missing, for another bundle or damaged, the CLI runs the same', (t) => {
  const copy = install(t);
  const seed = join(SEEDS_DIR, SEEDS[0]!);
  const check = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [copy.bin, 'check', seed, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, ...env } });
  const expected = check();
  assert.ok(expected.status === 0 || expected.status === 1, expected.stderr);
  assert.equal(JSON.parse(expected.stdout).length, 1);
  assert.ok(!existsSync(copy.cache));

  const made = check({ GOV_REPORT_WRITE_CODE_CACHE: '1' });
  assert.equal(made.stdout, expected.stdout);
  const hash = createHash('sha1').update(readFileSync(copy.bundle, 'utf8')).digest();
  const cache = readFileSync(copy.cache);
  assert.ok(cache.length > 100_000, 'the compiled code, lazily compiled functions included');
  assert.deepEqual(cache.subarray(0, hash.length), hash);

  const variants: [string, Buffer][] = [
    ['its own cache', cache],
    ['a cache for another bundle', Buffer.concat([createHash('sha1').update('other').digest(), cache.subarray(hash.length)])],
    ['a damaged cache', Buffer.concat([hash, Buffer.alloc(5000, 7)])],
    ['a cut-short file', hash.subarray(0, 5)],
  ];
  for (const [name, bytes] of variants) {
    writeFileSync(copy.cache, bytes);
    const r = check();
    assert.equal(r.stdout, expected.stdout, name);
    assert.equal(r.status, expected.status, name);
    assert.equal(r.stderr, expected.stderr, name);
  }
  rmSync(copy.cache);
});
