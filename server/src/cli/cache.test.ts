import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { cacheKey, readCache, writeCache, type CacheEntry, type DocumentEntry } from './cache';
import { parseArgs } from './args';
import { cli, ROOT, SEEDS, seedText, tempDir, type Run } from './test-support';

/** A folder of the seeds and one file that is not a report. */
function folder(t: Parameters<typeof tempDir>[0]): string {
  const dir = tempDir(t);
  const reports = join(dir, 'reports');
  mkdirSync(reports);
  for (const name of SEEDS) writeFileSync(join(reports, name), seedText(name));
  writeFileSync(join(reports, 'notes.txt'), '会议纪要\n\n今天讨论了明年的工作安排。\n');
  return reports;
}

const STATS = { GOV_REPORT_STATS: '1' };
const reused = (run: Run): number => JSON.parse(/gov-report-stats (.*)/.exec(run.stderr)![1]!).cached as number;

test('--cache: a second run reuses every outcome and prints the same; a changed file alone is checked again, as without the cache', async (t) => {
  const dir = folder(t);
  const cache = join(dir, '..', 'cache');
  const args = ['check', dir, '--format', 'json', '--cache-location', cache];
  const first = await cli(args, { env: STATS });
  assert.equal(reused(first), 0);
  assert.ok(existsSync(cache));
  const second = await cli(args, { env: STATS });
  assert.equal(reused(second), SEEDS.length + 1, 'every report and the skipped file');
  assert.equal(second.stdout, first.stdout);
  assert.equal(second.code, first.code);
  assert.equal(second.stderr.replace(/gov-report-stats .*\n/, ''), first.stderr.replace(/gov-report-stats .*\n/, ''));

  const changed = join(dir, SEEDS[0]!);
  const broken = seedText(SEEDS[0]!).replace(/\t72\t/, '\t73\t');
  assert.notEqual(broken, seedText(SEEDS[0]!));
  writeFileSync(changed, broken);
  const third = await cli(args, { env: STATS });
  assert.equal(reused(third), SEEDS.length, 'all but the changed file');
  const uncached = await cli(['check', dir, '--format', 'json']);
  assert.equal(third.stdout, uncached.stdout);
  assert.notEqual(third.stdout, first.stdout);
});

test('--cache: other options, another locale or the same file named differently are not served from the cache', async (t) => {
  const dir = folder(t);
  const cache = join(dir, '..', 'cache');
  const base = ['check', dir, '--format', 'json', '--cache-location', cache];
  await cli(base);
  for (const extra of [['--rule', 'GR201=off'], ['--locale', 'en'], ['--repeated-text-threshold', '0.9']]) {
    const run = await cli([...base, ...extra], { env: STATS });
    assert.equal(reused(run), 0, extra.join(' '));
    assert.equal(run.stdout, (await cli(['check', dir, '--format', 'json', ...extra])).stdout, extra.join(' '));
  }
  const file = join(dir, SEEDS[1]!);
  await cli(['check', file, '--cache-location', cache]);
  const relativeName = relative(process.cwd(), file);
  const respelt = await cli(['check', relativeName, '--format', 'json', '--cache-location', cache], { env: STATS });
  assert.equal(reused(respelt), 0);
  assert.equal((JSON.parse(respelt.stdout) as { file: string }[])[0]!.file, relativeName);
});

test('--cache: entries of files not in this run are kept while the files exist; a folder as location holds .gov-report-cache', async (t) => {
  const a = folder(t);
  const b = folder(t);
  const cacheDir = join(a, '..', 'cache-dir');
  mkdirSync(cacheDir);
  await cli(['check', a, '--cache-location', cacheDir]);
  await cli(['check', b, '--cache-location', cacheDir]);
  assert.ok(existsSync(join(cacheDir, '.gov-report-cache')));
  assert.equal(reused(await cli(['check', a, '--cache-location', cacheDir], { env: STATS })), SEEDS.length + 1);
});

test('--cache: a damaged cache is ignored and rewritten; one that cannot be written is a note, the results and exit code stand', async (t) => {
  const dir = folder(t);
  const cache = join(dir, '..', 'cache');
  writeFileSync(cache, '{"stamp": "0.1.0", "entries": {"x": ');
  const run = await cli(['check', dir, '--format', 'json', '--cache-location', cache], { env: STATS });
  assert.equal(reused(run), 0);
  assert.doesNotThrow(() => JSON.parse(readFileSync(cache, 'utf8')));
  const plain = await cli(['check', dir, '--format', 'json']);
  const unwritable = await cli(['check', dir, '--format', 'json', '--cache-location', join(dir, 'no', 'such', 'dir', 'cache')]);
  assert.equal(unwritable.stdout, plain.stdout);
  assert.equal(unwritable.code, plain.code);
  assert.match(unwritable.stderr, /无法写入缓存文件 .*cache（ENOENT）/);
  // A device or a pipe is never read as a cache nor replaced by one.
  const fifo = join(dir, '..', 'fifo');
  spawnSync('mkfifo', [fifo]);
  for (const device of ['/dev/null', ...(existsSync(fifo) ? [fifo] : [])]) {
    const run = await cli(['check', dir, '--format', 'json', '--cache-location', device]);
    assert.equal(run.stdout, plain.stdout, device);
    assert.match(run.stderr, /无法写入缓存文件 .*（不是普通文件）/, device);
    assert.ok(!statSync(device).isFile(), device);
  }
});

test('cache file: another checker\'s stamp or a damaged entry reads as empty; keys differ with stamp, options, name and text', (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'c');
  const outcome = { status: 'skipped', file: 'a.txt', message: 'm' } as const;
  const contents = (entries: [string, CacheEntry][], documents: [string, DocumentEntry][] = []) => ({ entries: new Map(entries), documents: new Map(documents) });
  const document: DocumentEntry = { hash: 'h', format: 'docx', text: 'x', starts: [0], places: [{ kind: 'paragraph', paragraph: 1 }] };
  assert.equal(writeCache(path, 'v1', contents([['/a.txt', { key: 'k', outcome }]], [['/a.docx', document]])), undefined);
  assert.deepEqual(readCache(path, 'v1'), contents([['/a.txt', { key: 'k', outcome }]], [['/a.docx', document]]));
  assert.deepEqual(readCache(path, 'v2'), contents([]));
  writeFileSync(path, JSON.stringify({
    stamp: 'v1', entries: { '/a.txt': { key: 1 }, '/b.txt': { key: 'k', outcome } },
    documents: { '/a.docx': { ...document, starts: [0, 5] }, '/b.docx': document },
  }));
  assert.deepEqual(readCache(path, 'v1'), contents([['/b.txt', { key: 'k', outcome }]], [['/b.docx', document]]));
  const keys = new Set([
    cacheKey('v1', { a: 1 }, 'f', 't'), cacheKey('v2', { a: 1 }, 'f', 't'), cacheKey('v1', { a: 2 }, 'f', 't'),
    cacheKey('v1', { a: 1 }, 'g', 't'), cacheKey('v1', { a: 1 }, 'f', 'u'),
  ]);
  assert.equal(keys.size, 5);
  assert.equal(cacheKey('v1', { a: 1 }, 'f', 't'), cacheKey('v1', { a: 1 }, 'f', 't'));
});

test('--cache and --cache-location: check only; a location alone asks for the cache', () => {
  const parsed = (argv: string[]) => parseArgs(argv);
  assert.deepEqual((parsed(['check', 'a', '--cache']) as { command: { cache?: unknown } }).command.cache, {});
  assert.deepEqual((parsed(['check', 'a', '--cache-location', 'x']) as { command: { cache?: unknown } }).command.cache, { location: 'x' });
  assert.equal((parsed(['check', 'a']) as { command: { cache?: unknown } }).command.cache, undefined);
  assert.ok('error' in parsed(['extract', 'a', '--cache']));
  assert.ok('error' in parsed(['check', 'a', '--cache-location']));
});

test('--cache with .docx and .html reports: the text read and its places are kept by the file\'s bytes; the output is the same, places included', async (t) => {
  const dir = tempDir(t);
  const reports = join(dir, 'reports');
  mkdirSync(reports);
  copyFileSync(join(ROOT, 'test-fixtures', 'docx', 'filled-2021-wps.docx'), join(reports, 'filled.docx'));
  const html = readdirSync(join(ROOT, 'test-fixtures', 'html')).find((n) => n.endsWith('.html'))!;
  copyFileSync(join(ROOT, 'test-fixtures', 'html', html), join(reports, 'page.html'));
  const args = ['check', reports, '--format', 'json', '--cache-location', join(dir, 'cache')];
  const first = await cli(args, { env: STATS });
  assert.match(first.stdout, /"source":/, 'findings placed in the originals');
  const second = await cli(args, { env: STATS });
  const stats = (run: Run) => JSON.parse(/gov-report-stats (.*)/.exec(run.stderr)![1]!) as { cached: number; cachedDocuments: number };
  assert.deepEqual([stats(first).cachedDocuments, stats(second).cachedDocuments, stats(second).cached], [0, 2, 2]);
  assert.equal(second.stdout, first.stdout);
  const docx = readFileSync(join(reports, 'filled.docx'));
  writeFileSync(join(reports, 'filled.docx'), Buffer.concat([docx, Buffer.alloc(0)]));
  // Same bytes, a new time: still the same document.
  assert.equal(stats(await cli(args, { env: STATS })).cachedDocuments, 2);
  writeFileSync(join(reports, 'page.html'), readFileSync(join(reports, 'page.html'), 'utf8').replace('。</p>', '。补记。</p>'));
  const third = await cli(args, { env: STATS });
  assert.deepEqual([stats(third).cachedDocuments, stats(third).cached], [1, 1]);
  assert.equal(third.stdout, (await cli(['check', reports, '--format', 'json'])).stdout);
});
