import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { FOLDER_EXTENSIONS } from '../shared/report-extensions';
import { filesMatching, isGlob, reportFilesUnder } from '../shared/report-files';
import type { Messages } from './messages';
import { onNativePath } from '../shared/native-names';

/** A file to read; `found` when it came from a directory or glob (then a non-report is skipped, not checked). */
export interface InputFile {
  readonly path: string;
  readonly found: boolean;
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
      stat = onNativePath(input, (at) => statSync(at));
    } catch (error) {
      if (isGlob(input)) {
        const matches = filesMatching(input);
        if (matches.length === 0) errors.push(m.noMatch(input));
        for (const path of matches) add(path, true);
      } else {
        const code = (error as { code?: string }).code;
        errors.push(m.cannotRead(input, code === 'EACCES' || code === 'EPERM' ? m.permission : code === 'ENOENT' || code === 'ENOTDIR' ? m.notFound : String(code ?? error)));
      }
      continue;
    }
    if (stat.isDirectory()) {
      const under = reportFilesUnder(input, FOLDER_EXTENSIONS);
      if (under.length === 0) errors.push(m.noReportFiles(input));
      for (const path of under) add(path, true);
    } else {
      add(input, false);
    }
  }
  return { files, errors };
}
