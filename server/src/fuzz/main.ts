// `npm run fuzz -- --cases N --seed S [--from I | --case I] [--out DIR] [--slow MS] [--max-failures K]`
// Runs the seeded fuzzer; each failing input is written to DIR (default test-results/fuzz, git-ignored)
// with a JSON file naming the broken invariants and the command that replays it. Exit 1 on any failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, REPO_ROOT } from './corpus';
import { runFuzz, shrink, type FuzzFailure } from './runner';

interface Args {
  cases: number;
  seed: number;
  first: number;
  out: string;
  slowMs: number;
  maxFailures: number;
}

function parse(argv: readonly string[]): Args | string {
  const args: Args = { cases: 10_000, seed: 1, first: 0, out: join(REPO_ROOT, 'test-results', 'fuzz'), slowMs: 2000, maxFailures: 20 };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) return `${name} needs a value`;
    const number = Number(value);
    switch (name) {
      case '--cases': args.cases = number; break;
      case '--seed': args.seed = number; break;
      case '--case': args.first = number; args.cases = 1; break;
      // Cases I…I+N-1: a long run split over several processes covers one seed's cases exactly once.
      case '--from': args.first = number; break;
      case '--slow': args.slowMs = number; break;
      case '--max-failures': args.maxFailures = number; break;
      case '--out': args.out = value; continue;
      default: return `unknown option ${name}`;
    }
    if (!Number.isInteger(number) || number < 0) return `${name} needs a whole number, got ${value}`;
  }
  return args;
}

function save(failure: FuzzFailure, args: Args): string {
  mkdirSync(args.out, { recursive: true });
  const stem = join(args.out, `seed-${args.seed}-case-${failure.index}`);
  writeFileSync(`${stem}.txt`, failure.text);
  let shrunk: string | undefined;
  try {
    shrunk = shrink(failure);
    writeFileSync(`${stem}.min.txt`, shrunk);
  } catch {
    shrunk = undefined;
  }
  writeFileSync(`${stem}.json`, `${JSON.stringify({
    seed: args.seed,
    case: failure.index,
    replay: `npm run fuzz -- --seed ${args.seed} --case ${failure.index}`,
    base: failure.base,
    mutations: failure.mutations,
    options: failure.options,
    previous: failure.previous?.file ?? null,
    length: failure.text.length,
    shrunkLength: shrunk?.length ?? null,
    violations: failure.violations,
  }, null, 2)}\n`);
  return stem;
}

function main(): number {
  const args = parse(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`fuzz: ${args}\n`);
    return 2;
  }
  const corpus = loadCorpus();
  process.stdout.write(`fuzz: seed ${args.seed}, cases ${args.first}…${args.first + args.cases - 1}, corpus ${corpus.length} documents\n`);
  const every = Math.max(1, Math.min(10_000, Math.floor(args.cases / 20)));
  const summary = runFuzz({
    seed: args.seed, cases: args.cases, first: args.first, corpus, slowMs: args.slowMs, maxFailures: args.maxFailures, progressEvery: every,
    onProgress: (done, failures) => process.stdout.write(`fuzz: ${done}/${args.cases} cases, ${failures} failing\n`),
  });
  for (const failure of summary.failures) {
    const stem = save(failure, args);
    process.stdout.write(`FAIL case ${failure.index} (${failure.base}; ${failure.mutations.join(' → ')}): ${failure.violations.map((v) => `${v.invariant}: ${v.detail}`).join('; ').slice(0, 400)}\n  input: ${stem}.txt\n`);
  }
  const counts = Object.entries(summary.mutationCounts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  process.stdout.write(`fuzz: mutations: ${counts}\n`);
  process.stdout.write(`fuzz: slowest case ${summary.slowest.index}: ${summary.slowest.ms.toFixed(1)} ms (${summary.slowest.length} code units)\n`);
  process.stdout.write(`fuzz: ${summary.cases} cases, ${summary.failures.length} failures, ${(summary.elapsedMs / 1000).toFixed(1)} s (seed ${args.seed})\n`);
  return summary.failures.length > 0 ? 1 : 0;
}

process.exitCode = main();
