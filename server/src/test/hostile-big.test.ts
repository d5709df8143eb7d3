import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HoverRequest, type Hover } from 'vscode-languageserver/node';
import { checkText } from '../core/check';
import { lineStartsOf, offsetToPosition } from '../core/positions';
import { REPO_ROOT } from '../fuzz/corpus';
import { seedText, yearBook } from '../fuzz/hostile-inputs';
import { timeCheck } from '../fuzz/timed';
import { Harness } from './lsp/harness';

const TEN_MB = 10 * 1024 * 1024;
/** CPU time; the target is 1 s on this machine, the assertion leaves room for a slower CI runner. */
const BUDGET_MS = 2500;

describe('a 10 MB document', () => {
  const kinds = {
    padded: 'one report padded with narrative prose',
    'padded-figures': 'one report padded with sentences full of figures (收到申请56件…)',
    'year-book': 'a year-book of reports one after another',
  } as const;
  /** Still too slow, with the reason: a todo test until fixed. */
  const slow: Partial<Record<keyof typeof kinds, string>> = { 'padded-figures': 'GR403 costs ~45 µs and one finding per figure (78,752 findings)' };
  for (const [kind, what] of Object.entries(kinds) as [keyof typeof kinds, string][]) {
    const todo = slow[kind];
    it(`${what}: checked by the core within ${BUDGET_MS} ms of CPU (median of 3)`, todo ? { todo } : {}, async (t) => {
      const timed = await timeCheck({ kind, size: TEN_MB, repeat: todo ? 1 : 3 }, 30_000);
      assert.ok(!timed.timedOut, 'the check ended');
      if (timed.timedOut) return;
      const { ms, cpuMs, times, bytes, length } = timed.result;
      t.diagnostic(`${what}: ${(bytes / 1024 / 1024).toFixed(1)} MB (${length} code units), median ${ms.toFixed(0)} ms wall / ${cpuMs.toFixed(0)} ms CPU, runs ${times.map((x) => x.toFixed(0)).join('/')} ms`);
      assert.ok(bytes >= TEN_MB);
      assert.ok(cpuMs <= BUDGET_MS, `${cpuMs.toFixed(0)} ms CPU`);
    });
  }
});

/** Hover latency on a small report while the server checks a 10 MB one, over stdio as an editor runs it. */
const HOVER_BUDGET_MS = 300;

describe('the language server while a big document is checked', () => {
  it(`answers hover on another document within ${HOVER_BUDGET_MS} ms`, { todo: 'the check runs on the server\'s only thread' }, async (t) => {
    const harness = await Harness.start({ settings: { debounce: 0 }, spawnServer: join(REPO_ROOT, 'dist', 'server.js') });
    try {
      const small = seedText('003_d85cf6fc72a9984b.txt');
      const smallUri = 'file:///busy/small.report.md';
      await harness.open(smallUri, small);
      const cell = checkText(small).report.tables.s3?.cells.get('s3.new.total');
      assert.ok(cell, 'the seed has 表三');
      const position = offsetToPosition(lineStartsOf(small), cell.span.start, small);
      const hover = (): Promise<Hover | null> => harness.client.sendRequest(HoverRequest.type, { textDocument: { uri: smallUri }, position });

      let started = performance.now();
      assert.ok(await hover(), 'hover answers when idle');
      const idle = performance.now() - started;

      const big = yearBook(TEN_MB);
      const bigChecked = harness.open('file:///busy/big.report.md', big);
      started = performance.now();
      const answer = await hover();
      const busy = performance.now() - started;
      const bigMs = await bigChecked.then(() => performance.now() - started);
      t.diagnostic(`hover idle ${idle.toFixed(0)} ms; while a 10 MB report is checked ${busy.toFixed(0)} ms (its diagnostics after ${bigMs.toFixed(0)} ms)`);
      assert.ok(answer, 'hover answers while busy');
      assert.ok(busy <= HOVER_BUDGET_MS, `hover took ${busy.toFixed(0)} ms`);
    } finally {
      await harness.dispose();
    }
  });
});
