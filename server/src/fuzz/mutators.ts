import type { Report } from '../core/model';
import { parseReport } from '../core/parse';
import type { CorpusEntry } from './corpus';
import { manyTables, emptyish, headings, insertNoise, longRuns, spaces, spliceOther, tabsAndPipes, toHtml, widths } from './mutators-structure';
import {
  byteFlip, byteOrderMark, charFlip, deleteLines, duplicateLines, lineEnds, loneSurrogate, nulBytes, replaceNumber, swapLines,
  tableCutInHalf, truncateAnywhere, truncateAtLine, truncateInCell,
} from './mutators-text';
import type { Random } from './random';

/** What a mutator sees: the text so far, the generator, the corpus (to splice from) and the text parsed on demand. */
export interface MutationContext {
  readonly text: string;
  readonly rng: Random;
  readonly corpus: readonly CorpusEntry[];
  report(): Report;
}

export interface Mutator {
  readonly name: string;
  /** Relative frequency among the mutators. */
  readonly weight: number;
  apply(context: MutationContext): string;
}

// The mutators themselves: mutators-text.ts (cuts, flips, lines, encodings) and mutators-structure.ts (tables, noise, markup).
export const MUTATORS: readonly Mutator[] = [
  truncateAnywhere, truncateAtLine, truncateInCell, tableCutInHalf, byteFlip, charFlip, deleteLines, duplicateLines, swapLines,
  replaceNumber, loneSurrogate, nulBytes, lineEnds, byteOrderMark, tabsAndPipes, manyTables, emptyish, spliceOther, insertNoise,
  spaces, toHtml, longRuns, headings, widths,
];

const TOTAL_WEIGHT = MUTATORS.reduce((s, m) => s + m.weight, 0);

export function pickMutator(rng: Random): Mutator {
  let n = rng.next() * TOTAL_WEIGHT;
  for (const m of MUTATORS) {
    n -= m.weight;
    if (n < 0) return m;
  }
  return MUTATORS[MUTATORS.length - 1]!;
}

/** A context over `text` that parses it at most once. */
export function contextFor(text: string, rng: Random, corpus: readonly CorpusEntry[], parsed?: Report): MutationContext {
  let report = parsed;
  return {
    text, rng, corpus,
    report: () => {
      if (!report) {
        try {
          report = parseReport(text);
        } catch {
          report = parseReport('');
        }
      }
      return report;
    },
  };
}
