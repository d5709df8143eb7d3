// Language server figures (issue 3 §5), over stdio against the bundled dist/server.js with
// `govReport.debounce: 0`: didChange → publishDiagnostics latency (p50/p95) on each seed, and the
// server's resident memory with 200 reports open. Run by `npm run bench`, or alone:
// `node server/out/bench/lsp-bench.js` after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkReport } from '../core/check';
import type { Cell } from '../core/model';
import { lineStartsOf, spanToRange } from '../core/positions';
import { Harness, REPO_ROOT, SEEDS_DIR } from '../test/lsp/harness';

const SERVER = join(REPO_ROOT, 'dist', 'server.js');
const WARMUP = 50;
const CHANGES = 300;
const OPEN_REPORTS = 200;
const TARGET_P95_MS = 20;
const TARGET_RSS_MB = 150;

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

/** Resident set size of a process in MB (Linux /proc, else ps). */
function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux: fall through
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

/** A number cell to edit back and forth: a keystroke that changes the arithmetic, then its undo. */
function editableCell(text: string): Cell | undefined {
  const { report } = checkReport(text);
  for (const id of ['s3', 's4', 's2'] as const) {
    for (const cell of report.tables[id]?.cells.values() ?? []) if (cell.value.kind === 'number' && /^\d+$/.test(cell.raw)) return cell;
  }
  return undefined;
}

async function latency(harness: Harness, name: string, text: string): Promise<number[] | undefined> {
  const cell = editableCell(text);
  if (!cell) return undefined;
  const uri = `file:///bench/${name}.report.txt`;
  await harness.open(uri, text);
  const range = spanToRange(lineStartsOf(text), cell.span, text);
  const other = cell.raw === '9' ? '8' : String(Number(cell.raw.slice(-1)) + 1);
  // Replace the cell's last digit, alternately with another digit and back: the range never moves.
  const at = { start: { line: range.end.line, character: range.end.character - 1 }, end: range.end };
  const samples: number[] = [];
  let version = 1;
  for (let i = 0; i < WARMUP + CHANGES; i++) {
    version++;
    const digit = version % 2 === 0 ? other : cell.raw.slice(-1);
    const start = performance.now();
    await harness.change(uri, version, [{ range: at, text: digit }]);
    if (i >= WARMUP) samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

export async function runLspBench(): Promise<void> {
  if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const seeds = readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort()
    .map((n) => ({ name: n.slice(0, 3), text: readFileSync(join(SEEDS_DIR, n), 'utf8') }));

  const harness = await Harness.start({ spawnServer: SERVER, settings: { debounce: 0 } });
  try {
    const pid = harness.serverPid!;
    console.log(`\n3. Language server over stdio (node dist/server.js --stdio, debounce 0): didChange → publishDiagnostics,`);
    console.log(`   ${CHANGES} one-digit edits per seed after ${WARMUP} warm-up edits\n`);
    const all: number[] = [];
    const rows: string[][] = [];
    for (const seed of seeds) {
      const samples = await latency(harness, seed.name, seed.text);
      if (!samples) {
        rows.push([seed.name, '—', '—', '—', 'no number cell found']);
        continue;
      }
      all.push(...samples);
      rows.push([seed.name, percentile(samples, 50).toFixed(2), percentile(samples, 95).toFixed(2), percentile(samples, 100).toFixed(2), '']);
    }
    all.sort((a, b) => a - b);
    const p50 = all.length ? percentile(all, 50) : NaN;
    const p95 = all.length ? percentile(all, 95) : NaN;
    rows.push(['all', p50.toFixed(2), p95.toFixed(2), all.length ? percentile(all, 100).toFixed(2) : '—', '']);
    printTable(['seed', 'p50 ms', 'p95 ms', 'max ms', ''], rows);

    const before = rssMb(pid);
    let version = 0;
    const opened: Promise<unknown>[] = [];
    for (let i = 0; i < OPEN_REPORTS; i++) {
      const seed = seeds[i % seeds.length]!;
      // Each document distinct (a different agency line), as 200 real reports would be.
      const text = `${seed.text}\n\n（第 ${i + 1} 份）\n`;
      opened.push(harness.open(`file:///bench/open/${i}.report.txt`, text, 'gov-report', ++version));
    }
    await Promise.all(opened);
    const after = rssMb(pid);
    console.log(`\n   Server RSS: ${before.toFixed(1)} MB with ${seeds.length} documents open, ${after.toFixed(1)} MB with ${OPEN_REPORTS + seeds.length} open\n`);

    console.log('Targets (issue 3)\n');
    printTable(['target', 'measured', 'met'], [
      [`p95 didChange → diagnostics ≤ ${TARGET_P95_MS} ms`, `${p95.toFixed(2)} ms (p50 ${p50.toFixed(2)} ms)`, p95 <= TARGET_P95_MS ? '✓' : '✗'],
      [`RSS with ${OPEN_REPORTS} reports open ≤ ${TARGET_RSS_MB} MB`, `${after.toFixed(1)} MB`, after <= TARGET_RSS_MB ? '✓' : '✗'],
    ]);
  } finally {
    await harness.dispose();
  }
}

function printTable(headers: string[], rows: string[][]): void {
  const width = (s: string): number => [...s].length;
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i]! - width(c)) : ' '.repeat(widths[i]! - width(c)) + c)).join('  ').trimEnd();
  console.log([line(headers), widths.map((w) => '-'.repeat(w)).join('  ').trimEnd(), ...rows.map(line)].map((l) => `   ${l}`).join('\n'));
}

if (require.main === module) {
  runLspBench().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
