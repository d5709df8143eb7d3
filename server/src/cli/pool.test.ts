import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { POOL_THRESHOLD } from './pool';
import { cli, SEEDS, seedText, tempDir } from './test-support';

const statsOf = (stderr: string) => {
  const line = stderr.split('\n').find((l) => l.startsWith('gov-report-stats '));
  assert.ok(line, stderr);
  return JSON.parse(line.slice('gov-report-stats '.length)) as { files: number; workers: number; filesPerWorker: number[] };
};
const withoutStats = (stderr: string) => stderr.split('\n').filter((l) => !l.startsWith('gov-report-stats ')).join('\n');

test('many files: worker threads share the work and the output keeps the input order', async (t) => {
  const dir = tempDir(t);
  const count = POOL_THRESHOLD + 16;
  for (let i = 0; i < count; i++) {
    const name = `r${String(i).padStart(3, '0')}.txt`;
    // Every seventh file is not a report, so the notes interleave with results.
    writeFileSync(join(dir, name), i % 7 === 3 ? `notes ${i}\n` : seedText(SEEDS[i % SEEDS.length]!).replace(/\t0\t/, `\t${i % 3}\t`));
  }
  const env = { GOV_REPORT_STATS: '1' };
  for (const format of ['json', 'text']) {
    const single = await cli(['check', dir, '--format', format, '--jobs', '1'], { env, workers: true });
    const pooled = await cli(['check', dir, '--format', format, '--jobs', '2'], { env, workers: true });
    assert.equal(statsOf(single.stderr).workers, 0);
    const stats = statsOf(pooled.stderr);
    assert.equal(stats.workers, 2);
    assert.equal(stats.filesPerWorker.length, 2);
    assert.ok(stats.filesPerWorker.every((n) => n > 0), JSON.stringify(stats));
    assert.equal(stats.filesPerWorker.reduce((a, b) => a + b, 0), count);
    assert.equal(pooled.stdout, single.stdout);
    assert.equal(withoutStats(pooled.stderr), withoutStats(single.stderr));
    assert.equal(pooled.code, single.code);
  }
  const extractSingle = await cli(['extract', dir, '--format', 'csv', '--jobs', '1'], { workers: true });
  const extractPooled = await cli(['extract', dir, '--format', 'csv', '--jobs', '2'], { workers: true });
  assert.equal(extractPooled.stdout, extractSingle.stdout);
});

test('a worker script that cannot start: the work is done on the main thread, nothing lost', async (t) => {
  const dir = tempDir(t);
  for (let i = 0; i < POOL_THRESHOLD; i++) writeFileSync(join(dir, `r${String(i).padStart(2, '0')}.txt`), seedText(SEEDS[i % SEEDS.length]!));
  const { runCli } = await import('./run');
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', dir, '--format', 'json', '--jobs', '2'], {
    stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd: process.cwd(), env: {}, workerScript: join(dir, 'no-such-worker.js'),
  });
  const reference = await cli(['check', dir, '--format', 'json', '--jobs', '1']);
  assert.equal(stdout, reference.stdout);
  assert.equal(stderr, reference.stderr);
  assert.equal(code, reference.code);
});

test('by default a worker starts only for a core that is idle: a busy machine gets no pool', async () => {
  const { defaultThreads } = await import('./pool');
  assert.equal(defaultThreads(2, 0), 1, 'two cores: the second is for V8\'s compiler and collector');
  assert.equal(defaultThreads(2, 1.2), 1);
  assert.equal(defaultThreads(4, 0), 3);
  assert.equal(defaultThreads(4, 0.5), 3);
  assert.equal(defaultThreads(4, 1.5), 2);
  assert.equal(defaultThreads(8, 30), 1);
  assert.equal(defaultThreads(8, 3.5), 4);
  assert.equal(defaultThreads(1, 0), 1);
});
