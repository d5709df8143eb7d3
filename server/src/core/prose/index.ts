/**
 * Counts and shares stated in a report's prose (outside its tables), each read as the table cells
 * it restates: word lists (words.ts, data), extraction (extract.ts, recognise.ts: one function per
 * cue), readings (readings.ts), comparison with the tables and the explanation a hover renders (compare.ts).
 */
export * from './types';
export { proseMentions } from './extract';
export { compareMention, explainProseNumber, proseMentionAt, PROSE_FIGURE_WORDS, type ProseExplanation } from './compare';
