import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeGrowth, GROWTH_FACTOR, LINEAR_LIMIT } from '../fuzz/growth';
import { HOSTILE_INPUTS } from '../fuzz/hostile-inputs';
import { timeGrowth, timeVersusPlain } from '../fuzz/timed';

/**
 * Pathological lines stay linear: half a million of the one character some scan treats specially,
 * and one huge line, each checked (parse + every rule) at a quarter of that size and at full size in
 * one process; the CPU time grows by about the factor (4), a quadratic scan by its square. No clock
 * budget: the ratio holds on a slow or busy machine. Absolute figures: `npm run bench`.
 */
const SIZE = 500_000;
/** One line of about 2.5 MB of UTF-8 (Chinese prose: three bytes a character). */
const HUGE_LINE = 875_000;
/** Wall time after which the timing process is stopped: a hang guard, not a budget (a quadratic scan needs minutes). */
const HANG_MS = 120_000;

// Two at a time: each runs in its own process and is judged by the ratio of its own CPU times.
describe('hostile lines are checked in linear time', { concurrency: 2 }, () => {
  for (const name of Object.keys(HOSTILE_INPUTS)) {
    const size = name === 'one huge line of prose' ? HUGE_LINE : SIZE;
    it(`${name}: ${GROWTH_FACTOR}× the input (${size.toLocaleString('en')} code units) costs at most ${LINEAR_LIMIT}× the CPU`, async (t) => {
      const timed = await timeGrowth({ kind: 'hostile', name, size }, HANG_MS);
      assert.ok(!timed.timedOut, `${name}: still checking after ${HANG_MS} ms`);
      if (timed.timedOut) return;
      t.diagnostic(describeGrowth(timed.result));
      assert.ok(timed.result.ratio <= LINEAR_LIMIT, `${name}: ${describeGrowth(timed.result)}`);
    });
  }

  // The search for the arithmetic's reading of digits run together stays bounded per document, not per
  // row (worst digit counts measured: 25–40; here about 60 checks of the same report as printed).
  const PLAIN_CHECKS = 250;
  for (const digits of [20, 30, 40]) {
    it(`every 表三 row printed as ${digits} digits run together costs at most ${PLAIN_CHECKS} checks of the report as printed`, async (t) => {
      const timed = await timeVersusPlain({ kind: 'run-together', size: digits }, HANG_MS);
      assert.ok(!timed.timedOut, 'timed out');
      if (timed.timedOut) return;
      const { input, plain, ratio } = timed.result;
      t.diagnostic(`${input.toFixed(1)} ms CPU vs ${plain.toFixed(2)} ms for the report as printed: ×${ratio.toFixed(0)}`);
      assert.ok(ratio <= PLAIN_CHECKS, `×${ratio.toFixed(0)} (${input.toFixed(1)} ms vs ${plain.toFixed(2)} ms)`);
    });
  }
});
