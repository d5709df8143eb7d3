import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { evaluateAll, type EquationResult } from '../core/arithmetic';
import { checkText, type CheckResult } from '../core/check';
import { lineStartsOf } from '../core/positions';
import { isReport, mayCheck } from './detection';
import type { Settings } from './settings';

/** One check of one document version: what every feature reads. */
export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly languageId: string;
  readonly text: string;
  readonly lineStarts: readonly number[];
  readonly result: CheckResult;
  readonly settings: Settings;
  /** The arithmetic of the tables, evaluated once on first use. */
  equations(): readonly EquationResult[];
}

interface Entry {
  readonly version: number;
  readonly generation: number;
  /** undefined: not a report (or checking is off) — features answer nothing. */
  readonly analysis: Analysis | undefined;
}

/** Checks text outside the open documents too (workspace check). Never throws. */
export function analyse(uri: string, version: number, languageId: string, text: string, settings: Settings): Analysis | undefined {
  if (!mayCheck(languageId, settings)) return undefined;
  let result: CheckResult;
  try {
    result = checkText(text, settings.check);
  } catch {
    return undefined;
  }
  if (!isReport(languageId, result.report, settings)) return undefined;
  let equations: readonly EquationResult[] | undefined;
  return {
    uri, version, languageId, text, result, settings,
    lineStarts: lineStartsOf(text),
    equations: () => {
      if (!equations) {
        try {
          equations = evaluateAll(result.report);
        } catch {
          equations = [];
        }
      }
      return equations;
    },
  };
}

/**
 * The one cache of check results: the core runs once per document version (and settings
 * generation), after a debounce when the text changes, at once when a feature asks first.
 */
export class AnalysisStore {
  private readonly cache = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private generation = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: () => Settings,
    private readonly onResult: (document: TextDocument, analysis: Analysis | undefined) => void,
  ) {}

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
  }

  /** Settings changed: every open document is checked again at once. */
  recheckAll(): void {
    this.generation++;
    for (const document of this.documents.all()) this.run(document);
  }

  /** The analysis of the document's current version, computed now if the debounce has not fired yet. */
  get(uri: string): Analysis | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const entry = this.cache.get(uri);
    if (entry && entry.version === document.version && entry.generation === this.generation) return entry.analysis;
    return this.run(document);
  }

  dispose(): void {
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
    this.cache.clear();
  }

  private fresh(document: TextDocument): boolean {
    const entry = this.cache.get(document.uri);
    return entry !== undefined && entry.version === document.version && entry.generation === this.generation;
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private run(document: TextDocument): Analysis | undefined {
    this.cancel(document.uri);
    const analysis = analyse(document.uri, document.version, document.languageId, document.getText(), this.settings());
    this.cache.set(document.uri, { version: document.version, generation: this.generation, analysis });
    this.onResult(document, analysis);
    return analysis;
  }
}
