// Running the installed CLI on a folder, as both CLI benchmarks do: JSON output plus the stats line
// the CLI prints on stderr when GOV_REPORT_STATS is set.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export const ROOT = resolve(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'gov-report.js');

export interface CliCheck<Stats> {
  readonly wallMs: number;
  readonly status: number | null;
  readonly stats: Stats;
  readonly files: { diagnostics: { code: string }[] }[];
}

export function runCliCheck<Stats>(dir: string, extra: readonly string[] = []): CliCheck<Stats> {
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'check', dir, '--format', 'json', ...extra], {
    env: { ...process.env, GOV_REPORT_STATS: '1' }, encoding: 'utf8', maxBuffer: 1024 ** 3,
  });
  const wallMs = performance.now() - start;
  const statsLine = r.stderr.split('\n').find((l) => l.startsWith('gov-report-stats '));
  if (!statsLine || r.status === 2) throw new Error(`CLI failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return { wallMs, status: r.status, stats: JSON.parse(statsLine.slice('gov-report-stats '.length)) as Stats, files: JSON.parse(r.stdout) };
}
