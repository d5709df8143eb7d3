import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkReport } from '../core/check';
import { loadCorpus } from './corpus';
import { applyEdits } from '../core/fix-all';
import { checkInvariants } from './invariants';
import { MUTATORS } from './mutators';
import { CLI_EVERY, makeCase, runFuzz } from './runner';

/** The bounded run of `npm test`; `npm run fuzz -- --cases 100000 --seed S` runs long ones. */
const CASES = 2000;
const SEED = 5;

describe('fuzzing the core and the CLI', () => {
  const corpus = loadCorpus();

  it('the corpus holds the seeds, the fixtures and rendered templates', () => {
    assert.ok(corpus.filter((c) => c.name.startsWith('seeds/')).length >= 5);
    assert.ok(corpus.some((c) => c.name.startsWith('synthetic/')));
    assert.ok(corpus.some((c) => c.name === 'skeleton-pipe') && corpus.some((c) => c.name === 'skeleton-tab'));
  });

  it('cases are reproducible: the same seed and index give the same input', () => {
    for (const index of [0, 17, 999]) assert.equal(makeCase(SEED, index, corpus).text, makeCase(SEED, index, corpus).text);
    assert.notEqual(makeCase(SEED, 1, corpus).text, makeCase(SEED + 1, 1, corpus).text);
  });

  it('the invariants catch what they promise to catch', () => {
    const text = corpus[0]!.text;
    assert.deepEqual(checkInvariants(text), [], 'a seed passes');
    const result = checkReport(text);
    // An edit applied by offsets keeps everything outside it.
    const edited = applyEdits('abcdef', [{ span: { start: 1, end: 3 }, newText: 'XY' }, { span: { start: 4, end: 4 }, newText: '!' }]);
    assert.equal(edited, 'aXYd!ef');
    assert.ok(result.report.sections.length > 0);
  });

  it(`${CASES} mutated reports (seed ${SEED}; every ${CLI_EVERY}th also through the CLI in some encoding): no invariant breaks`, () => {
    const summary = runFuzz({ seed: SEED, cases: CASES, corpus, maxFailures: 5 });
    const report = summary.failures.map((f) =>
      `case ${f.index} (${f.base}; ${f.mutations.join(' → ')}) — replay: npm run fuzz -- --seed ${SEED} --case ${f.index}\n` +
      f.violations.slice(0, 3).map((v) => `  ${v.invariant}: ${v.detail.slice(0, 300)}`).join('\n'));
    assert.equal(summary.failures.length, 0, report.join('\n'));
    // Every kind of mutation took part.
    for (const m of MUTATORS) assert.ok((summary.mutationCounts[m.name] ?? 0) > 0, `mutation ${m.name} was used`);
  });
});
