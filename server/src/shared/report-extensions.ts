/**
 * The extensions of files read as reports, in one place: the CLI's folder walk, the workspace index,
 * the file watcher, the client's virtual-workspace search and the document readers all derive from it.
 * Lower case.
 */
export const REPORT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

export type DocumentFormat = 'docx' | 'pdf' | 'html';

/** Files a document reader turns into report text (server/src/readers), by format. */
export const DOCUMENT_EXTENSIONS: Readonly<Record<string, DocumentFormat>> = { '.docx': 'docx', '.pdf': 'pdf', '.html': 'html', '.htm': 'html' };

/** Office formats of old or of other suites, which must be saved as .docx first. */
export const LEGACY_EXTENSIONS: readonly string[] = ['.doc', '.wps', '.et', '.xls', '.xlsx', '.dps', '.ppt', '.pptx', '.rtf', '.ofd'];

/** What the CLI reads: text reports and the documents the readers read. */
export const READABLE_EXTENSIONS: readonly string[] = [...REPORT_EXTENSIONS, ...Object.keys(DOCUMENT_EXTENSIONS)];

/** What the CLI collects from a folder: what it reads, and old Office files (listed as skipped, with what to do). */
export const FOLDER_EXTENSIONS: readonly string[] = [...READABLE_EXTENSIONS, ...LEGACY_EXTENSIONS];

/** A list of extensions as a glob (`**\/*.{md,markdown,txt}`), for walkers and file watchers. */
export const globOf = (extensions: readonly string[]): string => `**/*.{${extensions.map((e) => e.slice(1)).join(',')}}`;

/** The text reports as a glob (the client's search of folders only it can read). */
export const REPORT_GLOB = globOf(REPORT_EXTENSIONS);

/** What the workspace index and check read, as a glob for their walk and the file watcher: text reports and documents. */
export const READABLE_GLOB = globOf(READABLE_EXTENSIONS);

/** A path's extension in lower case (`.TXT` → `.txt`), '' without one. */
function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && dot > path.lastIndexOf('\\') ? path.slice(dot).toLowerCase() : '';
}

/** Whether a path or file name has a text report extension (in any case: `.TXT` too). */
export const isReportPath = (path: string): boolean => REPORT_EXTENSIONS.includes(extensionOf(path));

/** Whether a path is one the workspace reads: a text report or a document a reader reads. */
export const isReadablePath = (path: string): boolean => READABLE_EXTENSIONS.includes(extensionOf(path));
