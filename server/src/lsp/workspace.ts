import { FileChangeType, type CancellationToken, type FileEvent, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { countsAsReport, languageOfPath } from './detection';
import { DiskReports, parsedOf, shownUriOf } from './disk-reports';
import type { AnalysisStore } from './analysis-store';
import { analyse, stampOfPrevious, type Analysis, type Predecessors, type PreviousReport } from './documents';
import type { Link } from '../core/predecessor';
import { ReportIndex, type DiskEntry } from './report-index';
import type { Settings } from './settings';
import { settingsForDocument } from './project-config';
import {
  canonicalUri, isReadablePath, isUnder, listReportFiles, pathOf, slicer, stampOf, uriOf, yieldToEvents,
} from './workspace-files';

interface Published {
  readonly link: Link | undefined;
  /** Which last year's report the published diagnostics were made against ('' none). */
  readonly previousStamp: string;
}

export interface WorkspaceHost {
  readonly documents: TextDocuments<TextDocument>;
  readonly store: AnalysisStore;
  readonly settings: () => Settings;
  /** Diagnostics of a file that is not open (undefined: clear them). */
  publish(uri: string, analysis: Analysis | undefined): void;
}

/**
 * The reports of the workspace folders, for cross-year checks in the editor: an index by agency
 * and year (open documents first, then files on disk), kept current from open/change/close and
 * `workspace/didChangeWatchedFiles`; last year's report read once per state of it; documents and
 * published files checked again when their last year's report changes.
 */
export class Workspace implements Predecessors {
  readonly index = new ReportIndex();
  private roots: string[] = [];
  /** Canonical URI → the URI the client opened it under. */
  private readonly openUris = new Map<string, string>();
  private readonly disk = new DiskReports(this.index, (canonical) => this.forget(canonical), (path) => this.host.store.background.read(path));
  /** Files not open whose diagnostics this server published (by the workspace check), by canonical URI (published under shownUriOf). */
  private readonly published = new Map<string, Published>();
  private queue: Promise<void> = Promise.resolve();
  private refreshPending = false;
  private disposed = false;

  constructor(private readonly host: WorkspaceHost) {}

  /** The workspace folders' paths (`file:` folders only: others cannot be read from here). */
  get rootPaths(): readonly string[] {
    return this.roots;
  }

  /** Sets the workspace folders and indexes the reports under them (in the background: the promise is for tests and the workspace check). */
  setRoots(folderUris: readonly string[]): Promise<void> {
    const paths = [...new Set(folderUris.map(pathOf).filter((p): p is string => p !== undefined))];
    this.roots = paths.filter((p) => !paths.some((other) => other !== p && isUnder(p, other)));
    return this.enqueue(async () => {
      for (const uri of this.index.diskUris()) {
        const path = pathOf(uri);
        if (path === undefined || !this.underRoots(path)) this.forget(uri);
      }
      await this.scan();
      this.scheduleRefresh();
    });
  }

  /** Waits for the scans and file events queued so far. */
  settled(): Promise<void> {
    return this.enqueue(async () => undefined);
  }

  // Open documents

  /** An open document was checked: the index now knows it by its new version. */
  noteAnalysis(document: TextDocument, analysis: Analysis | undefined): void {
    const canonical = canonicalUri(document.uri);
    this.openUris.set(canonical, document.uri);
    if (this.index.setOpen(canonical, analysis?.link, `v${document.version}`)) this.scheduleRefresh();
  }

  /** A document was closed. Returns whether its diagnostics were published again from the file on disk (else the caller clears them). */
  closed(uri: string): boolean {
    const canonical = canonicalUri(uri);
    this.openUris.delete(canonical);
    if (this.index.removeOpen(canonical)) this.scheduleRefresh();
    if (!this.published.has(canonical)) return false;
    void this.enqueue(async () => {
      if (!this.openUris.has(canonical)) await this.checkOnDisk(canonical);
    });
    return true;
  }

  /** Whether the workspace check published diagnostics for this file (they stay while it is not open). */
  isPublished(uri: string): boolean {
    return this.published.has(canonicalUri(uri));
  }

  // Predecessors (the AnalysisStore's source of last year's reports)

  find(uri: string, link: Link): PreviousReport | undefined {
    const hit = this.index.findPrevious(link, canonicalUri(uri), this.acceptDisk);
    if (!hit) return undefined;
    if (hit.source === 'open') {
      const shown = this.openUris.get(hit.uri) ?? hit.uri;
      const analysis = this.host.store.peek(shown);
      return analysis && { uri: shown, stamp: hit.stamp, report: analysis.result.report, text: analysis.text, lineStarts: analysis.lineStarts };
    }
    const kept = this.disk.keptAt(hit.uri, hit.stamp);
    if (kept) return kept;
    if (this.disk.needsLoad(hit.uri)) {
      // A document whose text is not at hand: read in the background, then the documents depending on it are checked again.
      void this.enqueue(async () => {
        await this.disk.load(hit.uri);
        this.scheduleRefresh();
      });
      return undefined;
    }
    const read = this.disk.read(hit.uri);
    if (read?.report && read.stamp === hit.stamp) return this.disk.keep(read, read.report);
    // Changed on disk without an event (yet): the index is corrected by the read; the new state is
    // used if it is still last year's report, and the documents depending on it are checked again.
    this.scheduleRefresh();
    const again = this.index.findPrevious(link, canonicalUri(uri), this.acceptDisk);
    return read?.report && again?.uri === hit.uri && again.stamp === read.stamp ? this.disk.keep(read, read.report) : undefined;
  }

  stampFor(uri: string, link: Link): string {
    return this.previousStampOf(canonicalUri(uri), link);
  }

  private previousStampOf(canonical: string, link: Link): string {
    const hit = this.index.findPrevious(link, canonical, this.acceptDisk);
    if (!hit) return '';
    const shown = hit.source === 'open' ? this.openUris.get(hit.uri) ?? hit.uri : hit.uri;
    return `${shown}\u0000${hit.stamp}`;
  }

  // Files on disk

  /** `workspace/didChangeWatchedFiles`: the index follows; published files not open are checked again. */
  filesChanged(changes: readonly FileEvent[]): Promise<void> {
    return this.enqueue(async () => {
      const due = slicer();
      for (const change of changes) {
        if (this.disposed) return;
        const canonical = canonicalUri(change.uri);
        const path = pathOf(canonical);
        if (path === undefined) continue;
        if (change.type === FileChangeType.Deleted) {
          this.forget(canonical);
          // A folder deleted: the files under it went too.
          const prefix = canonical.endsWith('/') ? canonical : `${canonical}/`;
          for (const uri of this.index.diskUris()) if (uri.startsWith(prefix)) this.forget(uri);
        } else if (isReadablePath(path) && this.underRoots(path)) {
          if (this.index.diskEntry(canonical)?.stamp === stampOf(path)) continue;
          if (this.published.has(canonical) && !this.openUris.has(canonical)) await this.checkOnDisk(canonical);
          else await this.disk.load(canonical);
        }
        if (due()) await yieldToEvents();
      }
      this.scheduleRefresh();
    });
  }

  /** The files whose stamp changed since the index saw them (or that it never saw). */
  staleFiles(paths: readonly string[]): string[] {
    return paths.filter((path) => this.index.diskEntry(uriOf(path))?.stamp !== stampOf(path));
  }

  /** Reads and indexes files (see staleFiles), letting other messages through; stops when cancelled. */
  async indexFiles(paths: readonly string[], token?: CancellationToken, onStep?: (done: number) => void): Promise<void> {
    const due = slicer();
    for (let i = 0; i < paths.length; i++) {
      if (token?.isCancellationRequested || this.disposed) return;
      await this.disk.load(uriOf(paths[i]!));
      onStep?.(i + 1);
      if (due()) await yieldToEvents();
    }
    if (paths.length > 0) this.scheduleRefresh();
  }

  /**
   * Checks a file on disk that is not open against last year's report, publishes its diagnostics
   * (a document's on its read-only view) and keeps it (as last year's report of the next one
   * checked). Undefined: not a report, or unreadable.
   */
  async checkOnDisk(canonical: string): Promise<Analysis | undefined> {
    const read = await this.disk.load(canonical);
    // Opened while it was read: the open document's own check stands.
    if (this.openUris.has(canonical) || this.disposed) return undefined;
    const report = read && parsedOf(read);
    const analysis = read && report && analyse(read.shownUri, 0, languageOfPath(read.path), read.text, settingsForDocument(canonical, this.host.settings()), this, report);
    if (read && report && analysis?.link) this.disk.keep(read, report);
    if (analysis) {
      this.published.set(canonical, { link: analysis.link, previousStamp: stampOfPrevious(analysis.previous) });
      this.host.publish(read.shownUri, analysis);
    } else if (this.published.delete(canonical)) {
      this.host.publish(shownUriOf(canonical), undefined);
    }
    return analysis;
  }

  /** The analysis of an open document (already published by the store) or of a file on disk (published here). */
  async checkFile(path: string): Promise<Analysis | undefined> {
    const canonical = uriOf(path);
    const open = this.openUris.get(canonical);
    if (open !== undefined && this.host.documents.get(open)) {
      const analysis = this.host.store.get(open);
      if (analysis) this.published.set(canonical, { link: analysis.link, previousStamp: '' });
      return analysis;
    }
    return this.checkOnDisk(canonical);
  }

  /** The order to check files in: each agency's years in turn (last year's report is then usually still kept), others after. */
  chainOrder(paths: readonly string[]): string[] {
    const linkOfPath = (path: string): Link | undefined => this.index.diskEntry(uriOf(path))?.link;
    return [...paths].sort((a, b) => {
      const x = linkOfPath(a);
      const y = linkOfPath(b);
      if (x && y) return x.agency < y.agency ? -1 : x.agency > y.agency ? 1 : x.year - y.year || (a < b ? -1 : 1);
      if (x || y) return x ? -1 : 1;
      return a < b ? -1 : a > b ? 1 : 0;
    });
  }

  /** Settings changed: what was published for files not open is checked again (severities, locale). */
  settingsChanged(): void {
    if (this.published.size === 0) return;
    void this.enqueue(async () => {
      const due = slicer();
      for (const canonical of [...this.published.keys()]) {
        if (this.disposed) return;
        if (!this.openUris.has(canonical)) await this.checkOnDisk(canonical);
        if (due()) await yieldToEvents();
      }
    });
  }

  dispose(): void {
    this.disposed = true;
    this.disk.clear();
  }

  private readonly acceptDisk = (entry: DiskEntry): boolean => countsAsReport(entry.languageId, entry.looksLike, this.host.settings());

  private underRoots(path: string): boolean {
    return this.roots.some((root) => isUnder(path, root));
  }

  /** Lists the files under the roots and brings the index up to date with them. */
  private async scan(): Promise<void> {
    if (this.roots.length === 0) return;
    const { paths } = await listReportFiles(this.roots);
    const listed = new Set(paths.map(uriOf));
    for (const uri of this.index.diskUris()) if (!listed.has(uri)) this.forget(uri);
    await this.indexFiles(this.staleFiles(paths));
  }

  /** A file gone (or out of the workspace): out of the index, its published diagnostics cleared. */
  private forget(canonical: string): void {
    this.disk.drop(canonical);
    this.index.removeDisk(canonical);
    if (this.published.delete(canonical) && !this.openUris.has(canonical)) this.host.publish(shownUriOf(canonical), undefined);
  }

  /** Open documents and published files whose last year's report is no longer the one they were checked against are checked again. */
  private scheduleRefresh(): void {
    if (this.refreshPending || this.disposed) return;
    this.refreshPending = true;
    setImmediate(() => {
      this.refreshPending = false;
      if (this.disposed) return;
      this.host.store.refreshStale();
      const stale = [...this.published].filter(([canonical, p]) =>
        !this.openUris.has(canonical) && (p.link ? this.previousStampOf(canonical, p.link) : '') !== p.previousStamp);
      if (stale.length === 0) return;
      void this.enqueue(async () => {
        const due = slicer();
        for (const [canonical] of stale) {
          if (this.disposed) return;
          if (!this.openUris.has(canonical) && this.published.has(canonical)) await this.checkOnDisk(canonical);
          if (due()) await yieldToEvents();
        }
      });
    });
  }

  /** Scans and file events one at a time, so that no file is read twice for one change. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.queue.then(task).catch(() => undefined);
    this.queue = next;
    return next;
  }
}
