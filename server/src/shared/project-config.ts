import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EMPTY_CONFIG, parseProjectConfig, PROJECT_CONFIG_FILE, withProjectConfig, type ProjectConfig } from '../core/project-config';
import type { CheckOptions } from '../core/options';

interface Loaded {
  readonly mtimeMs: number;
  readonly size: number;
  readonly config: ProjectConfig;
  readonly problem?: string;
}

const loaded = new Map<string, Loaded>();

/** Folder → its nearest config file; for a run over many files (the CLI), where the tree does not change. */
export type ConfigLookups = Map<string, string | undefined>;

/** The nearest `.gov-report.json` from `folder` up to the file system's root (each folder looked up once with `memo`). */
export function findProjectConfig(folder: string, memo?: ConfigLookups): string | undefined {
  const visited: string[] = [];
  let found: string | undefined;
  let dir = folder;
  for (let depth = 0; depth < 64; depth++) {
    if (memo?.has(dir)) {
      found = memo.get(dir);
      break;
    }
    visited.push(dir);
    const candidate = join(dir, PROJECT_CONFIG_FILE);
    try {
      if (statSync(candidate).isFile()) {
        found = candidate;
        break;
      }
    } catch {
      // Not here: one level up.
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const v of visited) memo?.set(v, found);
  return found;
}

/** The config file's settings (re-read when it changes) and its one problem message, if any. Never throws. */
export function loadProjectConfig(path: string): { config: ProjectConfig; problem?: string } {
  try {
    const stat = statSync(path);
    const known = loaded.get(path);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known;
    const fresh: Loaded = { mtimeMs: stat.mtimeMs, size: stat.size, ...parseProjectConfig(stat.size > 1_000_000 ? '' : readFileSync(path, 'utf8')) };
    loaded.set(path, fresh);
    return fresh;
  } catch (error) {
    return { config: EMPTY_CONFIG, problem: `cannot be read (${error instanceof Error ? error.message : String(error)}); defaults used` };
  }
}

/** The CLI's lookups: one run, one tree. */
export const RUN_LOOKUPS: ConfigLookups = new Map();

/** The options for a report file: the tool's own over the nearest project config file's. */
export function optionsForFile(
  file: string, base: CheckOptions, problem?: (configPath: string, message: string) => void, memo?: ConfigLookups,
): CheckOptions {
  const path = findProjectConfig(dirname(file), memo);
  if (!path) return base;
  const { config, problem: message } = loadProjectConfig(path);
  if (message) problem?.(path, message);
  return withProjectConfig(base, config);
}
