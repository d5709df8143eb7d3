/**
 * The extensions of files read as reports, in one place: the CLI's folder walk, the workspace index,
 * the file watcher and the client's virtual-workspace search all derive from it. Lower case.
 */
export const REPORT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/** The same as a glob (`**\/*.{md,markdown,txt}`), for walkers and file watchers. */
export const REPORT_GLOB = `**/*.{${REPORT_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/** Whether a path or file name has a report extension (in any case: `.TXT` too). */
export function isReportPath(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && dot > path.lastIndexOf('\\') && REPORT_EXTENSIONS.includes(path.slice(dot).toLowerCase());
}
