import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HOSTILE_INPUTS } from '../fuzz/hostile-inputs';
import { timeCheck, type TimedRequest } from '../fuzz/timed';

/**
 * Pathological lines stay linear: a million of the one character some scan treats specially, and
 * one 5 MB line, each checked (parse + every rule) within a budget generous enough for a busy CI
 * machine. A quadratic scan needs minutes on these sizes, so the budget separates the two cleanly;
 * the worker is stopped at the deadline, so a regression fails fast instead of hanging the suite.
 */
const SIZE = 1_000_000;
/** One line of about 5 MB of UTF-8 (Chinese prose: three bytes a character). */
const HUGE_LINE = 1_750_000;
/** CPU time of one check (what a busy machine does not inflate); a quadratic scan needs minutes here. */
const BUDGET_MS = 2000;
/** Wall time after which the timing process is stopped (loaded CI machines run slower by the clock). */
const DEADLINE_MS = 10_000;

/** Inputs the core is still too slow on, with the reason; each becomes a todo test until fixed. */
const KNOWN_SLOW: Readonly<Record<string, string>> = {};

async function assertWithinBudget(request: TimedRequest, what: string): Promise<void> {
  const timed = await timeCheck(request, DEADLINE_MS);
  assert.ok(!timed.timedOut, `${what}: still checking after ${DEADLINE_MS} ms (budget ${BUDGET_MS} ms)`);
  if (timed.timedOut) return;
  const { ms, cpuMs, length } = timed.result;
  assert.ok(cpuMs <= BUDGET_MS, `${what}: ${cpuMs.toFixed(0)} ms CPU (${ms.toFixed(0)} ms wall) for ${length} code units (budget ${BUDGET_MS} ms)`);
}

// Two at a time: each runs in its own process and is judged by its CPU time, so they do not disturb each other.
describe('hostile lines are checked in linear time', { concurrency: 2 }, () => {
  for (const name of Object.keys(HOSTILE_INPUTS)) {
    const size = name === 'one huge line of prose' ? HUGE_LINE : SIZE;
    const todo = KNOWN_SLOW[name];
    it(`${name} (${size.toLocaleString('en')} code units) within ${BUDGET_MS} ms`, todo ? { todo } : {}, async () => {
      await assertWithinBudget({ kind: 'hostile', name, size, repeat: 1 }, name);
    });
  }

  // A 12 KB report, so its budget is a small one: the search for the arithmetic's reading of digits run
  // together must stay bounded per document, not per row (worst digit counts measured: 25–40).
  const RUN_TOGETHER_BUDGET_MS = 300;
  for (const digits of [20, 30, 40]) {
    it(`every 表三 row printed as ${digits} digits run together (12 KB) within ${RUN_TOGETHER_BUDGET_MS} ms`, async () => {
      const timed = await timeCheck({ kind: 'run-together', size: digits, repeat: 1 }, RUN_TOGETHER_BUDGET_MS * 10);
      assert.ok(!timed.timedOut && timed.result.cpuMs <= RUN_TOGETHER_BUDGET_MS, timed.timedOut ? 'timed out' : `${timed.result.cpuMs.toFixed(0)} ms CPU`);
    });
  }
});
