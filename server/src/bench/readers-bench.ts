// Readers benchmark (issue 8): read + check per file after warm-up, for a .docx report and the 5-page
// published PDF, and the CLI on 100 PDFs. Figures, not pass/fail: the targets are printed beside them.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkReport } from '../core/check';
import { readDocument, type DocumentFormat } from '../readers';
import { ROOT, runCliCheck } from './cli-run';

const FIXTURES = join(ROOT, 'test-fixtures');
const WARM_UP = 3;
const RUNS = 10;

async function perFile(path: string, format: DocumentFormat): Promise<{ wall: number; cpu: number }> {
  const bytes = new Uint8Array(readFileSync(path));
  const once = async (): Promise<void> => {
    const read = await readDocument(bytes, format);
    if (!read.ok) throw new Error(`${path}: ${read.failure}`);
    checkReport(read.document.text);
  };
  for (let i = 0; i < WARM_UP; i++) await once();
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await once();
    wall = Math.min(wall, performance.now() - t);
    const used = process.cpuUsage(c);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

async function main(): Promise<void> {
  console.log(`\nReaders (issue 8) — Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const docx = await perFile(join(FIXTURES, 'docx', 'filled-2021-wps.docx'), 'docx');
  const pdf = await perFile(join(FIXTURES, 'pdf', 'hongze-2024.pdf'), 'pdf');
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-pdf-bench-'));
  let cliMs: number;
  let cachedMs: number;
  const cache = `${dir}.cache`;
  try {
    for (let i = 0; i < 100; i++) copyFileSync(join(FIXTURES, 'pdf', 'hongze-2024.pdf'), join(dir, `r${String(i).padStart(3, '0')}.pdf`));
    cliMs = runCliCheck(dir).wallMs;
    runCliCheck(dir, ['--cache-location', cache]);
    cachedMs = runCliCheck(dir, ['--cache-location', cache]).wallMs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { force: true });
  }
  console.log('read + check per file, best of 10 after 3 warm-up runs (wall / cpu):');
  console.log(`  .docx (filled WPS template)     ${docx.wall.toFixed(1)} ms / ${docx.cpu.toFixed(1)} ms   (target ≤ 30 ms)`);
  console.log(`  .pdf  (hongze-2024, 5 pages)    ${pdf.wall.toFixed(1)} ms / ${pdf.cpu.toFixed(1)} ms   (target ≤ 150 ms)`);
  console.log(`CLI check on 100 copies of the 5-page PDF: ${(cliMs / 1000).toFixed(2)} s wall (${(cliMs / 100).toFixed(0)} ms per file)`);
  console.log(`  again with --cache, nothing changed: ${(cachedMs / 1000).toFixed(2)} s wall (the PDFs are read and hashed, not parsed or checked)`);
}

void main();
