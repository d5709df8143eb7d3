import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PreviousReport } from '../core/check';
import { LOCALES } from '../core/findings';
import type { CheckOptions } from '../core/options';
import { parseReport } from '../core/parse';
import type { CorpusEntry } from './corpus';
import { checkCliInvariants } from './cli-invariants';
import { checkInvariants, type Violation } from './invariants';
import { contextFor, pickMutator } from './mutators';
import { Random } from './random';

export interface FuzzCase {
  readonly index: number;
  readonly base: string;
  readonly mutations: readonly string[];
  readonly text: string;
  /** Last year's report, for the cross-year rules, when the case has one. */
  readonly previous?: PreviousReport;
  readonly options: CheckOptions;
}

export interface FuzzFailure extends FuzzCase {
  readonly violations: readonly Violation[];
}

export interface FuzzSummary {
  readonly seed: number;
  readonly cases: number;
  readonly failures: readonly FuzzFailure[];
  readonly elapsedMs: number;
  /** The slowest case: where a budget would break first. */
  readonly slowest: { readonly index: number; readonly ms: number; readonly length: number };
  readonly mutationCounts: Readonly<Record<string, number>>;
}

export interface FuzzRun {
  readonly seed: number;
  readonly cases: number;
  /** The first case index (replaying one case: `first: i, cases: 1`). */
  readonly first?: number;
  readonly corpus: readonly CorpusEntry[];
  readonly slowMs?: number;
  /** Called every `progressEvery` cases. */
  readonly onProgress?: (done: number, failures: number) => void;
  readonly progressEvery?: number;
  /** Stop after this many failing cases (default: never). */
  readonly maxFailures?: number;
}

const previousCache = new Map<string, PreviousReport>();

function previousOf(entry: CorpusEntry): PreviousReport {
  let previous = previousCache.get(entry.name);
  if (!previous) {
    previous = { report: parseReport(entry.text), file: entry.name };
    previousCache.set(entry.name, previous);
  }
  return previous;
}

const OPTION_VARIANTS: readonly CheckOptions[] = [
  { locale: 'zh-CN', rules: {}, repeatedTextThreshold: 0.5 },
  { locale: 'en', rules: {}, repeatedTextThreshold: 0.5 },
  { locale: 'zh-CN', rules: { GR201: 'error', GR303: 'off', 'row-total': 'hint' }, repeatedTextThreshold: 0 },
  { locale: 'en', rules: {}, repeatedTextThreshold: 1 },
];

/** Builds case `index` of the run with `seed`: a corpus document and one to four mutations. Deterministic. */
export function makeCase(seed: number, index: number, corpus: readonly CorpusEntry[]): FuzzCase {
  const rng = Random.forCase(seed, index);
  const base = rng.pick(corpus);
  let text = base.text;
  const mutations: string[] = [];
  const count = rng.chance(0.5) ? 1 : rng.range(2, 4);
  for (let i = 0; i < count; i++) {
    const mutator = pickMutator(rng);
    mutations.push(mutator.name);
    text = mutator.apply(contextFor(text, rng, corpus));
  }
  const previous = rng.chance(0.3) ? previousOf(rng.pick(corpus)) : undefined;
  const options = rng.pick(OPTION_VARIANTS);
  return { index, base: base.name, mutations, text, options, ...(previous ? { previous } : {}) };
}

/** One case in this many also goes through the CLI (file, encoding, every format). */
export const CLI_EVERY = 8;

/** Runs the invariants of one case; with `cliDir`, every CLI_EVERY-th case also through the CLI's file pipeline. */
export function runCase(fuzzCase: FuzzCase, slowMs?: number, cliDir?: string): Violation[] {
  const violations = checkInvariants(fuzzCase.text, {
    options: fuzzCase.options,
    ...(fuzzCase.previous ? { previous: fuzzCase.previous } : {}),
    determinism: fuzzCase.index % 8 === 0,
    // Both locales are explained, on alternate cases.
    explainLocales: [LOCALES[fuzzCase.index % LOCALES.length]!],
    ...(slowMs !== undefined ? { slowMs } : {}),
  });
  if (cliDir && fuzzCase.index % CLI_EVERY === 3) {
    violations.push(...checkCliInvariants(fuzzCase.text, Random.forCase(0xc11, fuzzCase.index), cliDir, fuzzCase.options));
  }
  return violations;
}

export function runFuzz(run: FuzzRun): FuzzSummary {
  const cliDir = mkdtempSync(join(tmpdir(), 'gov-report-fuzz-'));
  try {
    return runCases(run, cliDir);
  } finally {
    rmSync(cliDir, { recursive: true, force: true });
  }
}

function runCases(run: FuzzRun, cliDir: string): FuzzSummary {
  const first = run.first ?? 0;
  const failures: FuzzFailure[] = [];
  const mutationCounts: Record<string, number> = {};
  let slowest = { index: first, ms: 0, length: 0 };
  const started = performance.now();
  let done = 0;
  for (let index = first; index < first + run.cases; index++) {
    const fuzzCase = makeCase(run.seed, index, run.corpus);
    for (const m of fuzzCase.mutations) mutationCounts[m] = (mutationCounts[m] ?? 0) + 1;
    const caseStarted = performance.now();
    const violations = runCase(fuzzCase, run.slowMs, cliDir);
    const ms = performance.now() - caseStarted;
    if (ms > slowest.ms) slowest = { index, ms, length: fuzzCase.text.length };
    if (violations.length > 0) failures.push({ ...fuzzCase, violations });
    done++;
    if (run.onProgress && run.progressEvery && done % run.progressEvery === 0) run.onProgress(done, failures.length);
    if (run.maxFailures !== undefined && failures.length >= run.maxFailures) break;
  }
  return { seed: run.seed, cases: done, failures, elapsedMs: performance.now() - started, slowest, mutationCounts };
}

/**
 * A smaller input that still breaks the same invariant: drops chunks of lines, then of characters,
 * while the failure persists (a bounded number of tries). Makes a bug report readable.
 */
export function shrink(failure: FuzzFailure, budget = 2000, timeBudgetMs = 30_000): string {
  const invariant = failure.violations[0]!.invariant;
  // A slow case is not smaller when cut: each try would cost the whole budget.
  if (invariant === 'slow') return failure.text;
  const deadline = performance.now() + timeBudgetMs;
  const fails = (text: string): boolean =>
    checkInvariants(text, { options: failure.options, ...(failure.previous ? { previous: failure.previous } : {}) }).some((v) => v.invariant === invariant);
  let text = failure.text;
  let tries = 0;
  for (const unit of ['line', 'char'] as const) {
    let parts = unit === 'line' ? text.match(/[^\n]*\n|[^\n]+$/g) ?? [] : [...text];
    let chunk = Math.max(1, Math.floor(parts.length / 2));
    while (chunk >= 1 && tries < budget && performance.now() < deadline) {
      let removed = false;
      for (let at = 0; at < parts.length && tries < budget && performance.now() < deadline; ) {
        const candidate = [...parts.slice(0, at), ...parts.slice(at + chunk)];
        tries++;
        if (fails(candidate.join(''))) {
          parts = candidate;
          removed = true;
        } else at += chunk;
      }
      if (!removed) chunk = Math.floor(chunk / 2);
    }
    text = parts.join('');
  }
  return text;
}
