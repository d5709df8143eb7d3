import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderReportSkeleton, renderTableTemplate } from '../core/templates';

export interface CorpusEntry {
  readonly name: string;
  readonly text: string;
}

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** Fixture folders whose reports the fuzzer starts from (a missing folder is skipped). */
const FOLDERS = ['test-fixtures/seeds', 'test-fixtures/synthetic', 'test-fixtures/cross-year'];

function reportFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.(txt|md|markdown)$/i.test(n) && !/^readme\./i.test(n))
    .sort()
    .map((n) => join(dir, n));
}

/**
 * The real reports and fixtures, plus documents the core itself renders (skeletons and templates in
 * both table styles), so the pipe and tab layouts are both well represented. Sorted: the same seed
 * gives the same cases wherever it runs.
 */
export function loadCorpus(root = REPO_ROOT): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const folder of FOLDERS) {
    for (const path of reportFiles(join(root, folder))) {
      entries.push({ name: `${folder.replace(/^test-fixtures\//, '')}/${path.slice(path.lastIndexOf('/') + 1)}`, text: readFileSync(path, 'utf8') });
    }
  }
  for (const style of ['pipe', 'tab'] as const) {
    entries.push({ name: `skeleton-${style}`, text: renderReportSkeleton({ year: 2023, agency: '某县某局', style, headingPrefix: style === 'pipe' ? '## ' : '' }) });
    entries.push({ name: `tables-${style}`, text: (['s2', 's3', 's4'] as const).map((id) => renderTableTemplate(id, style)).join('\n') });
  }
  return entries;
}
