import { statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { expandGlob, isGlob, listDir } from './glob';
import type { Messages } from './messages';

/** A file to read; `found` when it came from a directory or glob (then a non-report is skipped, not checked). */
export interface InputFile {
  readonly path: string;
  readonly found: boolean;
}

export const REPORT_EXTENSIONS = ['.md', '.markdown', '.txt'];

const SKIPPED_DIRECTORIES = new Set(['node_modules']);

/** Report-like files under a directory, depth first, sorted by name; hidden entries and node_modules skipped. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of listDir(d)) {
      if (e.name.startsWith('.')) continue;
      const path = join(d, e.name);
      if (e.directory) { if (!SKIPPED_DIRECTORIES.has(e.name)) walk(path); }
      else if (e.file && REPORT_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/**
 * Command-line inputs → files in input order, each once. A path that does not exist, a glob that
 * matches nothing and a directory without report files are errors (exit 2), as in eslint.
 */
export function expandInputs(inputs: readonly string[], m: Messages): { files: InputFile[]; errors: string[] } {
  const files: InputFile[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, found: boolean): void => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, found });
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch (error) {
      if (isGlob(input)) {
        const matches = expandGlob(input);
        if (matches.length === 0) errors.push(m.noMatch(input));
        for (const path of matches) add(path, true);
      } else {
        const code = (error as { code?: string }).code;
        errors.push(m.cannotRead(input, code === 'EACCES' || code === 'EPERM' ? m.permission : code === 'ENOENT' || code === 'ENOTDIR' ? m.notFound : String(code ?? error)));
      }
      continue;
    }
    if (stat.isDirectory()) {
      const under = filesUnder(input);
      if (under.length === 0) errors.push(m.noReportFiles(input));
      for (const path of under) add(path, true);
    } else {
      add(input, false);
    }
  }
  return { files, errors };
}
