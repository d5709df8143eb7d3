// Absolute figures for the inputs the tests judge by growth only (hostile-lines, hostile-big): CPU
// time of one check of a 10 MB document, of a million hostile characters, of digits run together.
// Each runs in its own process (fuzz/timed.ts) after the same warm-up as the tests.
import { HOSTILE_INPUTS } from '../fuzz/hostile-inputs';
import { timeCheck, type TimedInput } from '../fuzz/timed';

const TEN_MB = 10 * 1024 * 1024;
const HANG_MS = 120_000;

const INPUTS: readonly [string, TimedInput][] = [
  ['10 MB: one report padded with narrative', { kind: 'padded', size: TEN_MB }],
  ['10 MB: one report padded with figures', { kind: 'padded-figures', size: TEN_MB }],
  ['10 MB: a year-book of reports', { kind: 'year-book', size: TEN_MB }],
  ['表三 rows as 40 digits run together (12 KB)', { kind: 'run-together', size: 40 }],
  ...Object.keys(HOSTILE_INPUTS).map((name): [string, TimedInput] => [`1,000,000: ${name}`, { kind: 'hostile', name, size: 1_000_000 }]),
];

export async function runBigInputsBench(): Promise<void> {
  console.log('\nBig and hostile inputs (CPU ms of one check, median of 3; the tests check growth, these are the figures)\n');
  for (const [what, input] of INPUTS) {
    const timed = await timeCheck({ ...input, repeat: 3 }, HANG_MS);
    console.log(`${what.padEnd(52)} ${timed.timedOut ? `stopped after ${timed.afterMs.toFixed(0)} ms` : `${timed.result.cpuMs.toFixed(0).padStart(6)} ms`}`);
  }
}
