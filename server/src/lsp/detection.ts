import { looksLikeReport } from '../core/detect';
import type { Report } from '../core/model';
import type { Settings } from './settings';

/** Language ids the server is registered for; only `gov-report` is checked unconditionally. */
export const OWN_LANGUAGE = 'gov-report';
const DETECTED_LANGUAGES = new Set(['markdown', 'plaintext']);

/** Whether a document's language id can be checked at all, before reading its text. */
export function mayCheck(languageId: string, settings: Settings): boolean {
  if (!settings.enable) return false;
  if (languageId === OWN_LANGUAGE) return true;
  return DETECTED_LANGUAGES.has(languageId) && settings.detect !== 'never';
}

/** After parsing: whether this document is a report the editor should show findings for. */
export function isReport(languageId: string, report: Report, settings: Settings): boolean {
  return countsAsReport(languageId, looksLikeReport(report), settings);
}

/** The same, for a file the index read earlier: whether `looksLikeReport` held is all it remembers. */
export function countsAsReport(languageId: string, looksLike: boolean, settings: Settings): boolean {
  if (!mayCheck(languageId, settings)) return false;
  return languageId === OWN_LANGUAGE || settings.detect === 'always' || looksLike;
}

/** The language id a file would get in the editor, from its name (for files checked without being open). */
export function languageOfPath(path: string): string {
  const lower = path.toLowerCase();
  if (lower.endsWith('.report.md') || lower.endsWith('.report.txt')) return OWN_LANGUAGE;
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  return 'plaintext';
}
