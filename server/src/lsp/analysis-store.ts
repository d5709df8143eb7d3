import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { BACKGROUND_MIN_LENGTH, BackgroundChecker } from './background';
import { mayCheck } from './detection';
import { analyse, isCurrent, type Analysis, type Predecessors } from './documents';
import type { Settings } from './settings';
import { settingsForDocument } from './project-config';

interface Entry {
  readonly version: number;
  readonly generation: number;
  /** Unique per check: a pulled report's resultId. */
  readonly serial: number;
  /** undefined: not a report (or checking is off) — features answer nothing. */
  readonly analysis: Analysis | undefined;
}

/**
 * The one cache of check results: the core runs once per document version (and settings
 * generation, and state of last year's report), after a debounce when the text changes, at once
 * when a feature asks first.
 */
export class AnalysisStore {
  private readonly cache = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private generation = 0;
  private serial = 0;
  private predecessors: Predecessors | undefined;
  /** Diagnostic pulls waiting for the debounce of their document. */
  private readonly waiting = new Map<string, ((entry: Entry | undefined) => void)[]>();
  private onRecheck: () => void = () => undefined;
  /** Big documents are checked on a worker thread; the version (and settings generation) being checked, per document. */
  /** The server's worker thread: big documents checked, .docx/.pdf/.html files read (the workspace's too). */
  readonly background = new BackgroundChecker();
  private readonly inFlight = new Map<string, { readonly version: number; readonly generation: number }>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: () => Settings,
    private readonly onResult: (document: TextDocument, analysis: Analysis | undefined) => void,
  ) {}

  /** Where last year's reports are found (set once the workspace is known; none: no cross-year checks). */
  usePredecessors(predecessors: Predecessors): void {
    this.predecessors = predecessors;
  }

  /** Called after documents were checked again without an edit of theirs (settings, last year's report): pulled diagnostics are stale. */
  onRechecked(listener: () => void): void {
    this.onRecheck = listener;
  }

  opened(document: TextDocument): void {
    this.run(document);
  }

  changed(document: TextDocument): void {
    if (this.fresh(document)) return;
    this.cancel(document.uri);
    const delay = this.settings().debounce;
    if (delay <= 0) {
      this.run(document);
      return;
    }
    const version = document.version;
    this.timers.set(document.uri, setTimeout(() => {
      this.timers.delete(document.uri);
      const current = this.documents.get(document.uri);
      // A newer version has its own timer; this one's result would be stale.
      if (current && current.version === version) this.run(current);
    }, delay));
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.cache.delete(uri);
    this.inFlight.delete(uri);
    this.release(uri, undefined);
  }

  /** Settings changed: every open document is checked again at once. */
  recheckAll(): void {
    this.generation++;
    for (const document of this.documents.all()) this.run(document);
    this.onRecheck();
  }

  /**
   * Last year's report of some open documents changed (or appeared, or went): those are checked
   * again at once. Documents waiting for their debounce are left to it.
   */
  refreshStale(): void {
    let ran = false;
    for (const document of this.documents.all()) {
      const entry = this.cache.get(document.uri);
      if (!entry?.analysis || this.timers.has(document.uri)) continue;
      if (entry.version === document.version && entry.generation === this.generation && !isCurrent(entry.analysis, this.predecessors)) {
        this.run(document);
        ran = true;
      }
    }
    if (ran) this.onRecheck();
  }

  /**
   * For a diagnostic pull: the check of the document's current version, waiting for its debounce
   * rather than running the core for every keystroke's pull. `serial` tells one check from another.
   */
  settled(uri: string, token: { readonly isCancellationRequested: boolean; onCancellationRequested(listener: () => void): unknown }): Promise<{ analysis: Analysis | undefined; serial: number } | undefined> {
    if (!this.documents.get(uri)) return Promise.resolve(undefined);
    // Checked now when small; a big one starts on the worker, and the pull waits for it as for the debounce.
    if (!this.timers.has(uri)) this.get(uri);
    if (!this.timers.has(uri) && !this.checking(uri)) {
      const entry = this.cache.get(uri);
      return Promise.resolve(entry && { analysis: entry.analysis, serial: entry.serial });
    }
    return new Promise((resolve) => {
      const done = (entry: Entry | undefined): void => resolve(entry && { analysis: entry.analysis, serial: entry.serial });
      const list = this.waiting.get(uri) ?? [];
      list.push(done);
      this.waiting.set(uri, list);
      token.onCancellationRequested(() => {
        const rest = (this.waiting.get(uri) ?? []).filter((w) => w !== done);
        if (rest.length > 0) this.waiting.set(uri, rest);
        else this.waiting.delete(uri);
        resolve(undefined);
      });
    });
  }

  /** The analysis of the document's current version, computed now if the debounce has not fired yet. */
  get(uri: string): Analysis | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    if (this.fresh(document)) return this.cache.get(uri)!.analysis;
    // A big document still being checked: nothing yet (an older analysis could put an edit on the wrong text).
    if (this.checking(uri)) return undefined;
    return this.run(document);
  }

  /** The last analysis made, whatever its version: never runs the core (for reading another document as last year's). */
  peek(uri: string): Analysis | undefined {
    return this.cache.get(uri)?.analysis;
  }

  dispose(): void {
    this.background.dispose();
    this.inFlight.clear();
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
    for (const uri of [...this.waiting.keys()]) this.release(uri, undefined);
    this.cache.clear();
  }

  private fresh(document: TextDocument): boolean {
    const entry = this.cache.get(document.uri);
    return entry !== undefined && entry.version === document.version && entry.generation === this.generation &&
      (entry.analysis === undefined || isCurrent(entry.analysis, this.predecessors));
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  /** Whether the document's current version is being checked on the worker. */
  private checking(uri: string): boolean {
    const document = this.documents.get(uri);
    const flight = this.inFlight.get(uri);
    return document !== undefined && flight !== undefined && flight.version === document.version && flight.generation === this.generation;
  }

  private run(document: TextDocument): Analysis | undefined {
    this.cancel(document.uri);
    const text = document.getText();
    const settings = settingsForDocument(document.uri, this.settings());
    if (text.length >= BACKGROUND_MIN_LENGTH && mayCheck(document.languageId, settings)) {
      if (this.runInBackground(document, text, settings)) return undefined;
    }
    return this.store(document, analyse(document.uri, document.version, document.languageId, text, settings, this.predecessors));
  }

  /** Starts the check of a big document on the worker; false when no worker can take it. */
  private runInBackground(document: TextDocument, text: string, settings: Settings): boolean {
    const { uri, version, languageId } = document;
    const generation = this.generation;
    if (this.checking(uri)) return true;
    this.inFlight.set(uri, { version, generation });
    void this.background.check(uri, text, settings.check).then((result) => {
      const flight = this.inFlight.get(uri);
      // Superseded (a newer version or settings), or closed: the newer check reports instead.
      if (!flight || flight.version !== version || flight.generation !== generation) return;
      this.inFlight.delete(uri);
      const current = this.documents.get(uri);
      if (!current || current.version !== version || this.generation !== generation) return;
      // No worker after all: check here.
      const analysis = result
        ? analyse(uri, version, languageId, text, settings, this.predecessors, undefined, result)
        : analyse(uri, version, languageId, text, settings, this.predecessors);
      this.store(current, analysis);
    });
    return true;
  }

  private store(document: TextDocument, analysis: Analysis | undefined): Analysis | undefined {
    const entry: Entry = { version: document.version, generation: this.generation, serial: ++this.serial, analysis };
    this.cache.set(document.uri, entry);
    this.onResult(document, analysis);
    this.release(document.uri, entry);
    return analysis;
  }

  private release(uri: string, entry: Entry | undefined): void {
    const list = this.waiting.get(uri);
    if (!list) return;
    this.waiting.delete(uri);
    for (const done of list) done(entry);
  }
}
