import type { CancellationToken } from 'vscode-languageserver';
import type { Locale } from '../core/findings';
import { say } from './messages';
import type { WorkspaceCheckResult } from './protocol';
import type { Workspace } from './workspace';
import { listReportFiles, slicer, yieldToEvents } from './workspace-files';

/** What a progress shows (`window/workDoneProgress`, or nothing). */
export interface ProgressSink {
  begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
  report(percentage: number, message?: string): void;
  done(): void;
}


/** Resolves when the token is cancelled (never, without one). */
const cancelled = (token: CancellationToken): Promise<void> =>
  new Promise((resolve) => {
    if (token.isCancellationRequested) resolve();
    else token.onCancellationRequested(() => resolve());
  });

function summary(locale: Locale, r: Omit<WorkspaceCheckResult, 'message'>): string {
  const zh = `已检查 ${r.checked} 份年报（跳过 ${r.skipped} 个非年报文件）：${r.errors} 个错误，${r.warnings} 个警告。`;
  const en = `Checked ${r.checked} report${r.checked === 1 ? '' : 's'} (${r.skipped} other file${r.skipped === 1 ? '' : 's'} skipped): ${r.errors} error${r.errors === 1 ? '' : 's'}, ${r.warnings} warning${r.warnings === 1 ? '' : 's'}.`;
  const stop = r.cancelled ? say(locale, `已取消（${r.checked + r.skipped}/${r.files} 个文件）。`, `Cancelled (${r.checked + r.skipped} of ${r.files} files). `) : '';
  const more = r.truncated ? say(locale, '文件过多，只检查了前面的部分。', ' Too many files: only the first ones were checked.') : '';
  return stop + say(locale, zh, en) + more;
}

/**
 * 检查工作区中的全部年报: every report file under the workspace folders, open or not, checked
 * against last year's report of its agency; diagnostics of files not open are published too.
 * First the files the index has not seen in their current state are read (so every report's
 * predecessor is known), then all are checked, each agency's years in order. Progress in percent;
 * stops when the token is cancelled.
 */
export async function checkWorkspace(workspace: Workspace, locale: Locale, progress: ProgressSink, token: CancellationToken): Promise<WorkspaceCheckResult> {
  progress.begin(say(locale, '检查工作区中的全部年报', 'Checking all annual reports in the workspace'), 0, say(locale, '正在查找文件…', 'Finding files…'), true);
  const counts = { files: 0, checked: 0, skipped: 0, errors: 0, warnings: 0, truncated: false };
  try {
    // The background scan first, so that its reading is not done twice.
    await Promise.race([workspace.settled(), cancelled(token)]);
    const { paths, truncated } = token.isCancellationRequested ? { paths: [], truncated: false } : await listReportFiles(workspace.rootPaths, token);
    counts.files = paths.length;
    counts.truncated = truncated;
    const stale = workspace.staleFiles(paths);
    const total = Math.max(1, stale.length + paths.length);
    let shown = -1;
    const step = (done: number): void => {
      const percentage = Math.floor((done / total) * 100);
      if (percentage === shown) return;
      shown = percentage;
      progress.report(percentage, done <= stale.length
        ? say(locale, `正在读取 ${done}/${stale.length}`, `Reading ${done}/${stale.length}`)
        : say(locale, `正在检查 ${done - stale.length}/${paths.length}`, `Checking ${done - stale.length}/${paths.length}`));
    };
    await workspace.indexFiles(stale, token, step);
    const due = slicer();
    let done = stale.length;
    for (const path of workspace.chainOrder(paths)) {
      if (token.isCancellationRequested) break;
      const analysis = await workspace.checkFile(path);
      if (analysis) {
        counts.checked++;
        for (const f of analysis.result.findings) {
          if (f.severity === 'error') counts.errors++;
          else if (f.severity === 'warning') counts.warnings++;
        }
      } else {
        counts.skipped++;
      }
      step(++done);
      if (due()) await yieldToEvents();
    }
  } finally {
    progress.done();
  }
  const result = { ...counts, cancelled: token.isCancellationRequested };
  return { ...result, message: summary(locale, result) };
}
