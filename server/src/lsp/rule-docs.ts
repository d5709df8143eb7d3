import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The rule pages shipped with the extension (docs/rules/ in the .vsix, next to dist/server.js; in a
 * source checkout, the repository's docs/rules/): a diagnostic's code links to its page there, which
 * the editor opens offline. Without the pages, no link (never a dead one).
 */
function packagedDocs(): string | undefined {
  for (const dir of [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')]) {
    try {
      if (existsSync(join(dir, 'README.md'))) return `${pathToFileURL(dir).href}/`;
    } catch {
      // An unreadable location is no location.
    }
  }
  return undefined;
}

let base: string | undefined | null = null;

/** The rule's docs page as a file URL, or undefined when the pages are not installed. */
export function ruleDocsUrl(code: string): string | undefined {
  if (base === null) base = packagedDocs();
  return base && /^GR\d{3}$/.test(code) ? `${base}${code}.md` : undefined;
}
