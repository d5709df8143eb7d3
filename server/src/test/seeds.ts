import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../../..');
export const SEEDS_DIR = join(ROOT, 'test-fixtures/seeds');

export interface Seed {
  readonly name: string;
  readonly text: string;
  readonly truth: { cells: Record<string, number | null>; year: number; edition: string; sections_present: string[] };
}

/** The five real reports and their hand-checked truth files. */
export function loadSeeds(): Seed[] {
  return readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort().map((name) => ({
    name,
    text: readFileSync(join(SEEDS_DIR, name), 'utf8'),
    truth: JSON.parse(readFileSync(join(SEEDS_DIR, 'truth', name.replace(/\.txt$/, '.json')), 'utf8')),
  }));
}
