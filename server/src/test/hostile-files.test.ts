import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../fuzz/corpus';
import { GROWTH_FACTOR, LINEAR_LIMIT } from '../fuzz/growth';
import { seedNames, seedText } from '../fuzz/hostile-inputs';

const BIN = join(REPO_ROOT, 'bin', 'gov-report.js');
const RSS_PRELOAD = join(REPO_ROOT, 'server', 'out', 'fuzz', 'report-rss.js');
const MB = 1024 * 1024;
/** What the preload prints (not imported: importing it would install its hook here). */
const RSS_MARK = 'gov-report-max-rss-kb';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Peak resident memory of the CLI process, in MB. */
  readonly rssMb: number;
  /** CPU time of the CLI process (every thread), in ms. */
  readonly cpuMs: number;
}

/**
 * Hang guard for one CLI run: a run that never ends fails instead of hanging the suite. Not a budget:
 * on a loaded machine a 100 MB check takes minutes of wall time, and must still pass.
 */
const HANG_MS = 600_000;

/** Runs the installed command as a user would, measuring wall time and peak memory. */
function cli(args: readonly string[], timeoutMs = HANG_MS): Run {
  const started = performance.now();
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, ['-r', RSS_PRELOAD, BIN, ...args], {
    encoding: 'utf8', cwd: REPO_ROOT, timeout: timeoutMs, maxBuffer: 256 * MB, env: { ...process.env, GOV_REPORT_STATS: '' },
  });
  const usage = new RegExp(`${RSS_MARK} (\\d+) (\\d+)`).exec(r.stderr ?? '');
  return {
    code: r.status, stdout: r.stdout ?? '', stderr: (r.stderr ?? '').replace(new RegExp(`${RSS_MARK} \\d+ \\d+\\n`), ''),
    ms: performance.now() - started, rssMb: usage ? Number(usage[1]) / 1024 : NaN, cpuMs: usage ? Number(usage[2]) : NaN,
  };
}

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-hostile-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** No stack trace, no internal error: what a user sees is our own words. */
function assertClean(run: Run): void {
  assert.doesNotMatch(run.stderr, /\n\s+at .+:\d+:\d+/, 'no stack trace');
  assert.doesNotMatch(run.stderr, /内部错误|internal error|RangeError|TypeError|heap out of memory/i);
}

const SEED = seedNames()[1]!;

describe('big files given to the CLI', () => {
  it('a 100 MB file is refused at the default limit without being read; --max-size moves the limit', (t) => {
    const dir = tempDir(t);
    const big = join(dir, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 100 * MB);
    closeSync(fd);
    const refused = cli(['check', big]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /big\.txt：文件过大（100\.0 MB，上限 20\.0 MB；可用 --max-size 调整）/);
    assert.ok(refused.rssMb < 200, `refused without reading: peak ${refused.rssMb.toFixed(0)} MB`);
    assertClean(refused);
    const lower = cli(['check', big, '--max-size', '50MB', '--locale', 'en']);
    assert.equal(lower.code, 2);
    assert.match(lower.stderr, /file too large \(100\.0 MB, limit 50\.0 MB; see --max-size\)/);
  });

  it('a 100 MB report read with --max-size 200MB is checked without running out of memory', (t) => {
    const dir = tempDir(t);
    const path = join(dir, 'padded.txt');
    const seed = seedText(SEED);
    const at = seed.indexOf('二、');
    const line = 'appendix line of filler text, outside every table and section heading 0123456789\n';
    const fd = openSync(path, 'w');
    writeSync(fd, seed.slice(0, at));
    const block = line.repeat(Math.floor(MB / line.length));
    for (let i = 0; i < 100; i++) writeSync(fd, block);
    writeSync(fd, seed.slice(at));
    closeSync(fd);
    const run = cli(['check', path, '--max-size', '200MB', '--format', 'json']);
    assertClean(run);
    assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
    const [file] = JSON.parse(run.stdout) as { diagnostics: unknown[] }[];
    assert.ok(file, 'the file is reported');
    assert.ok(run.rssMb < 2048, `peak ${run.rssMb.toFixed(0)} MB`);
    t.diagnostic(`100 MB report: ${(run.ms / 1000).toFixed(1)} s, peak RSS ${run.rssMb.toFixed(0)} MB`);
  });
});

describe('odd and unreadable paths', () => {
  it('a missing file, a path through a file, a dangling link: one clear line each, exit 2', (t) => {
    const dir = tempDir(t);
    const file = join(dir, 'r.txt');
    writeFileSync(file, seedText(SEED));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    for (const path of [join(dir, 'missing.txt'), join(file, 'inside.txt'), join(dir, 'dangling.txt')]) {
      const run = cli(['check', path]);
      assert.equal(run.code, 2, path);
      assert.match(run.stderr, /无法读取 .*：文件或目录不存在/);
      assert.equal(run.stderr.split('\n').filter((l) => l.startsWith('gov-report: 错误')).length, 1);
      assertClean(run);
    }
  });

  it('a directory with a link to itself, a dangling link and a FIFO: the walk ends, the report in it is checked', (t) => {
    const dir = tempDir(t);
    writeFileSync(join(dir, 'r.txt'), seedText(SEED));
    symlinkSync('.', join(dir, 'loop'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    const fifo = spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
    const run = cli(['check', dir, '--format', 'json']);
    assert.notEqual(run.code, null, 'the CLI ended');
    assertClean(run);
    const files = JSON.parse(run.stdout) as { file: string }[];
    assert.deepEqual(files.map((f) => f.file.slice(dir.length + 1)), ['r.txt']);
    if (fifo.status !== 0) t.diagnostic('mkfifo unavailable: FIFO part not exercised');
  });

  it('a FIFO named on the command line with no writer does not hang the CLI; a pipe being written is read', async (t) => {
    const dir = tempDir(t);
    const path = join(dir, 'pipe.txt');
    writeFileSync(join(dir, 'r.txt'), seedText(SEED));
    if (spawnSync('mkfifo', [path]).status !== 0) return;
    const child = spawn(process.execPath, [BIN, 'check', path], { stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => {
      // A blocked open never ends; the guard only stops the test (a loaded machine may take seconds to start node).
      const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(null); }, HANG_MS / 10);
      child.once('exit', (c) => { clearTimeout(timer); resolve(c); });
    });
    assert.notEqual(code, null, `still blocked after ${HANG_MS / 10_000} s`);
    // A pipe whose writer takes its time (as `gov-report check <(slow command)` gives): read to its end.
    const shell = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} check --format json <(sleep 0.3; cat ${JSON.stringify(join(dir, 'r.txt'))})`], { encoding: 'utf8', timeout: HANG_MS });
    if (shell.error) return;
    assert.ok(shell.status === 0 || shell.status === 1, shell.stderr);
    assert.equal((JSON.parse(shell.stdout) as unknown[]).length, 1);
  });

  it('a report whose file name is not UTF-8 (GBK names from Windows archives) is read, and shown decoded', (t) => {
    const dir = tempDir(t);
    // 报告.txt in a folder named 年报 (both GBK, as a zip made on Chinese Windows unpacks).
    const folder = Buffer.from(`${dir}/\xc4\xea\xb1\xa8`, 'latin1');
    mkdirSync(folder);
    writeFileSync(Buffer.concat([folder, Buffer.from('/\xb1\xa8\xb8\xe6.txt', 'latin1')]), seedText(SEED));
    const run = cli(['check', dir, '--format', 'json']);
    assertClean(run);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const files = JSON.parse(run.stdout) as { file: string; diagnostics: unknown[] }[];
    assert.equal(files.length, 1);
    assert.equal(files[0]!.file, join(dir, '年报', '报告.txt'));
    // The name as shown opens the file too, and so does a glob over the folder.
    const named = cli(['check', join(dir, '年报', '报告.txt'), '--format', 'json']);
    assert.equal((JSON.parse(named.stdout) as { diagnostics: unknown[] }[])[0]!.diagnostics.length, files[0]!.diagnostics.length, named.stderr);
    const globbed = cli(['check', `${dir}/*/*.txt`, '--format', 'json']);
    assert.equal((JSON.parse(globbed.stdout) as { file: string }[])[0]!.file, join(dir, '年报', '报告.txt'), globbed.stderr);
  });
});

describe('a directory with 10,000 files', () => {
  it('checks the reports among them, notes the rest in a count, and grows linearly (2,500 → 10,000 files)', (t) => {
    const dir = tempDir(t);
    const seeds = seedNames().map(seedText);
    let reports = 0;
    const addFiles = (from: number, to: number): void => {
      for (let i = from; i < to; i++) {
        const name = `f${String(i).padStart(5, '0')}${i % 3 === 0 ? '.md' : '.txt'}`;
        const isReport = i % 1000 === 0;
        if (isReport) reports++;
        writeFileSync(join(dir, name), isReport ? seeds[(i / 1000) % seeds.length]! : `会议纪要 ${i}\n今天讨论了预算。\n`);
      }
    };
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', 'x.txt'), seeds[0]!);
    const check = (): Run => {
      const run = cli(['check', dir, '--format', 'json', '--locale', 'en']);
      assertClean(run);
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
      assert.equal((JSON.parse(run.stdout) as unknown[]).length, reports);
      assert.match(run.stderr, /\d+ more file\(s\) skipped/);
      assert.ok(run.stderr.split('\n').length < 40, 'notes are summarised, not one line per file');
      return run;
    };
    addFiles(0, 10_000 / GROWTH_FACTOR);
    const quarter = check();
    addFiles(10_000 / GROWTH_FACTOR, 10_000);
    const run = check();
    // CPU time of the whole process (start-up included, which only lowers the ratio): not a clock budget.
    const ratio = run.cpuMs / quarter.cpuMs;
    t.diagnostic(`10,000 files: ${run.ms.toFixed(0)} ms wall, ${run.cpuMs} ms CPU (2,500 files: ${quarter.cpuMs} ms CPU, ×${ratio.toFixed(1)}), peak RSS ${run.rssMb.toFixed(0)} MB`);
    assert.ok(ratio <= LINEAR_LIMIT, `CPU ×${ratio.toFixed(1)} for ${GROWTH_FACTOR}× the files (limit ×${LINEAR_LIMIT})`);
  });
});
