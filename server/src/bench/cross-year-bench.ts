// `node server/out/bench/cross-year-bench.js` (after `npm run build`): the CLI on one folder of 1,000
// reports — 250 agencies × 4 consecutive years, made from the cross-year fixtures with agency and
// title year rewritten — so 750 reports have their predecessor among the inputs and go through the
// cross-year rules (GR404–GR406). Prints wall time (median of 3), the links made, and the findings.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCliCheck } from './cli-run';

const FIXTURES = join(ROOT, 'test-fixtures', 'cross-year');
const AGENCIES = 250;
const YEARS = 4;
const FIRST_YEAR = 2020;
const TARGET_SECONDS = 5;

/** The title line's agency and year replaced: `…某某局 2020 年政府信息公开工作年度报告` → `<agency><year>年…`. */
function retitle(text: string, agency: string, year: number): string {
  return text.replace(/^[#*\s]*[^\n]*?(?:19|20)\d\d\s*年度?\s*政府信息公开工作年度报告/m, `# ${agency}${year}年政府信息公开工作年度报告`);
}

/** `linked`: 250 agencies × 4 years; otherwise the same texts under 1,000 agencies (no predecessor at all), for comparison. */
function generate(dir: string, linked: boolean): number {
  const bases = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(FIXTURES, n), 'utf8'));
  let files = 0;
  for (let a = 0; a < AGENCIES; a++) {
    for (let y = 0; y < YEARS; y++) {
      const agency = linked ? `测试市第${a + 1}区人民政府办公室` : `测试市第${a + 1}区第${y + 1}局`;
      const text = retitle(bases[(a + y) % bases.length]!, agency, FIRST_YEAR + y);
      writeFileSync(join(dir, `agency-${String(a + 1).padStart(3, '0')}-${FIRST_YEAR + y}.txt`), text);
      files++;
    }
  }
  return files;
}

interface Run {
  wallMs: number;
  stats: { relinked: number; workers: number; wallMs: number; cpuUserMs: number; cpuSystemMs: number };
  checked: number;
  codes: Map<string, number>;
}

function run(dir: string, extra: string[] = []): Run {
  const { wallMs, stats, files } = runCliCheck<Run['stats']>(dir, extra);
  const codes = new Map<string, number>();
  for (const f of files) for (const d of f.diagnostics) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
  return { wallMs, stats, checked: files.length, codes };
}

function measure(linked: boolean): Run & { files: number; runs: Run[] } {
  const dir = mkdtempSync(join(tmpdir(), 'gov-report-cross-year-'));
  try {
    const files = generate(dir, linked);
    run(dir); // warm the file cache
    const runs = [0, 1, 2].map(() => run(dir)).sort((a, b) => a.wallMs - b.wallMs);
    return { ...runs[1]!, files, runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  console.log(`gov-report cross-year benchmark — Node ${process.version}, ${availableParallelism()} cores`);
  const linked = measure(true);
  const alone = measure(false);
  const seconds = (r: Run): string => (r.wallMs / 1000).toFixed(2);
  const cpu = (r: Run): string => ((r.stats.cpuUserMs + r.stats.cpuSystemMs) / 1000).toFixed(2);
  const cross = ['GR403', 'GR404', 'GR405', 'GR406'].map((c) => `${c} ${linked.codes.get(c) ?? 0}`).join(', ');
  console.log(`${linked.files} files (${AGENCIES} agencies × ${YEARS} years): checked ${linked.checked}, linked to last year's report ${linked.stats.relinked}, workers ${linked.stats.workers}`);
  console.log(`wall ${seconds(linked)} s (median of 3: ${linked.runs.map(seconds).join(' / ')} s); cpu ${cpu(linked)} s; target ≤ ${TARGET_SECONDS} s: ${linked.wallMs / 1000 <= TARGET_SECONDS ? '✓' : '✗'}`);
  console.log(`the same texts under 1,000 agencies (nothing to link): wall ${seconds(alone)} s (${alone.runs.map(seconds).join(' / ')} s), cpu ${cpu(alone)} s, linked ${alone.stats.relinked}`);
  console.log(`cross-report findings: ${cross}`);
}

main();
