import { join } from 'node:path';
import { glob, globSync, type GlobOptions } from 'tinyglobby';
import { nativeNamesFs } from './native-names';
import { globOf, READABLE_GLOB, REPORT_EXTENSIONS } from './report-extensions';

/**
 * How every walk reads a folder, the CLI's and the workspace's alike: regular files only, symbolic
 * links not followed (no cycles), hidden entries and node_modules skipped, extensions in any case;
 * names that are not UTF-8 (GBK names from Windows archives) listed readable (see native-names.ts).
 */
const WALK: GlobOptions = {
  ignore: ['**/node_modules/**'], dot: false, followSymbolicLinks: false, caseSensitiveMatch: false, expandDirectories: false,
  fs: nativeNamesFs as unknown as GlobOptions['fs'],
};

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Report files under a folder (by default the text reports), as paths starting with `dir`, sorted. */
export function reportFilesUnder(dir: string, extensions: readonly string[] = REPORT_EXTENSIONS): string[] {
  return globSync(globOf(extensions), { ...WALK, cwd: dir }).sort(byPath).map((p) => join(dir, p));
}

/**
 * Files the workspace reads under each root (text reports and .docx/.pdf/.html documents), each once,
 * sorted by path; at most `limit` (then `truncated`).
 * Asynchronous, so the language server keeps answering; stops when `signal` aborts.
 */
export async function reportFilesUnderRoots(roots: readonly string[], limit: number, signal?: AbortSignal): Promise<{ paths: string[]; truncated: boolean }> {
  const found = new Set<string>();
  for (const root of roots) {
    if (signal?.aborted) break;
    let paths: string[] = [];
    try {
      paths = await glob(READABLE_GLOB, { ...WALK, cwd: root, absolute: true, signal });
    } catch {
      // An unreadable or vanished root, or the walk aborted: nothing from it.
    }
    for (const path of paths) found.add(path);
  }
  const sorted = [...found].sort(byPath);
  return { paths: sorted.slice(0, limit), truncated: sorted.length > limit };
}

/** Whether a command-line argument is a glob rather than a path. */
export const isGlob = (pattern: string): boolean => /[*?[\]{}]/.test(pattern);

/**
 * Files matching a command-line glob (`*`, `?`, `[…]`, `{a,b}`, `**`), sorted, as paths that keep
 * the pattern's own start (relative or absolute). Walked as folders are (see WALK); a hidden
 * name matches only when the pattern spells its dot.
 */
export function filesMatching(pattern: string): string[] {
  const segments = pattern.replace(/\\/g, '/').split('/');
  let fixed = 0;
  while (fixed < segments.length - 1 && !isGlob(segments[fixed]!)) fixed++;
  const base = segments.slice(0, fixed).join('/') || (pattern.startsWith('/') ? '/' : '');
  const rest = segments.slice(fixed).join('/');
  const explicitDot = segments.slice(fixed).some((s) => s.startsWith('.'));
  return globSync(rest, { ...WALK, ignore: [], dot: explicitDot, caseSensitiveMatch: true, cwd: base === '' ? '.' : base })
    .sort(byPath).map((p) => (base === '' ? p : join(base, p)));
}
