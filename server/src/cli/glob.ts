import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAGIC = /[*?[]/;

export const isGlob = (pattern: string): boolean => MAGIC.test(pattern);

/** One path segment's pattern → a RegExp: `*` any run, `?` one character, `[abc]`/`[!a-z]` a class. No leading dot unless written. */
export function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) { source += '\\['; continue; }
      let body = segment.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      source += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else source += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  const noDot = segment.startsWith('.') ? '' : '(?!\\.)';
  return new RegExp(`^${noDot}${source}$`, 'u');
}

export interface Entry {
  readonly name: string;
  readonly directory: boolean;
  readonly file: boolean;
}

/** A directory's entries sorted by name; a symbolic link counts as a file when it leads to one, never as a directory. */
export function listDir(dir: string): Entry[] {
  try {
    return readdirSync(dir === '' ? '.' : dir, { withFileTypes: true })
      .map((e) => {
        if (!e.isSymbolicLink()) return { name: e.name, directory: e.isDirectory(), file: e.isFile() };
        let file = false;
        try { file = statSync(join(dir === '' ? '.' : dir, e.name)).isFile(); } catch { /* dangling link */ }
        return { name: e.name, directory: false, file };
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/**
 * Files matching a glob (`*`, `?`, `[…]` within a segment; `**` any depth of directories), sorted.
 * Symbolic links to directories are not followed (no cycles). Hidden names match only when the
 * pattern spells the dot.
 */
export function expandGlob(pattern: string): string[] {
  const segments = pattern.replace(/\\/g, '/').split('/');
  let base = '';
  let start = 0;
  if (segments[0] === '') { base = '/'; start = 1; }
  while (start < segments.length - 1 && !isGlob(segments[start]!)) {
    base = base === '' ? segments[start]! : join(base, segments[start]!);
    start++;
  }
  const rest = segments.slice(start).filter((s, i, all) => s !== '' && !(s === '**' && all[i - 1] === '**'));
  const matchers = rest.map((s) => (s === '**' ? '**' as const : segmentRegExp(s)));
  const out = new Set<string>();
  const seen = new Set<string>();

  const walk = (dir: string, index: number): void => {
    const key = `${dir}\0${index}`;
    if (seen.has(key)) return;
    seen.add(key);
    const matcher = matchers[index];
    if (matcher === undefined) return;
    const lastSegment = index === matchers.length - 1;
    if (matcher === '**') {
      if (lastSegment) {
        for (const e of listDir(dir)) {
          if (e.name.startsWith('.')) continue;
          const path = dir === '' ? e.name : join(dir, e.name);
          if (e.directory) walk(path, index);
          else if (e.file) out.add(path);
        }
        return;
      }
      walk(dir, index + 1);
      for (const e of listDir(dir)) if (e.directory && !e.name.startsWith('.')) walk(dir === '' ? e.name : join(dir, e.name), index);
      return;
    }
    for (const e of listDir(dir)) {
      if (!matcher.test(e.name)) continue;
      const path = dir === '' ? e.name : join(dir, e.name);
      if (lastSegment) { if (e.file) out.add(path); }
      else if (e.directory) walk(path, index + 1);
    }
  };
  walk(base, 0);
  return [...out].sort();
}
