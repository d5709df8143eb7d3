/**
 * Linear time checked as growth within one run, never against a clock: the CPU time of an input
 * `GROWTH_FACTOR` times larger over the time of the smaller one. Both sizes run in the same process
 * on the same machine, so a slow or busy machine changes both and the ratio stays: linear work grows
 * by the factor (4), quadratic work by its square (16); the limit (10) sits between the two.
 */
export const GROWTH_FACTOR = 4;
/**
 * Two and a half times linear growth, well under quadratic growth (16): room for noise, garbage
 * collection of a large heap and n log n, none for a quadratic scan.
 */
export const LINEAR_LIMIT = 10;
/** Rounds tried; the first pair of runs within the limit ends the measurement. */
const ROUNDS = 3;

export interface Growth {
  /** CPU milliseconds of the smaller and the larger input, of the round judged. */
  readonly small: number;
  readonly large: number;
  readonly ratio: number;
}

export function cpuMsOf(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Runs the small and the large input alternately (so a burst of load hits both) and keeps the round
 * with the lowest ratio: a round disturbed by the machine is discarded, a quadratic scan never passes.
 */
export function measureGrowth<T>(small: T, large: T, run: (input: T) => void, rounds = ROUNDS): Growth {
  run(small); // warm-up: the first run pays for compiling the code paths it takes
  let best: Growth | undefined;
  for (let round = 0; round < rounds; round++) {
    const smallMs = Math.max(cpuMsOf(() => run(small)), 0.001);
    const largeMs = cpuMsOf(() => run(large));
    const growth = { small: smallMs, large: largeMs, ratio: largeMs / smallMs };
    if (!best || growth.ratio < best.ratio) best = growth;
    if (best.ratio <= LINEAR_LIMIT) break;
  }
  return best!;
}

export const describeGrowth = (g: Growth): string =>
  `${g.small.toFixed(1)} ms → ${g.large.toFixed(1)} ms CPU for ${GROWTH_FACTOR}× the input: ×${g.ratio.toFixed(1)} (linear ×${GROWTH_FACTOR}, limit ×${LINEAR_LIMIT})`;
