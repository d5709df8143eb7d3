import { statSync } from 'node:fs';
import { checkReport, type CheckPhase, type CheckResult } from '../core/check';
import { looksLikeReport } from '../core/detect';
import { localize, type Locale, type Severity } from '../core/findings';
import type { Report } from '../core/model';
import type { CheckOptions } from '../core/options';
import { parseReport } from '../core/parse';
import { linkOf } from '../core/predecessor';
import { lineStartsOf, spanToRange, type Range } from '../core/positions';
import { ruleByCode } from '../core/rules';
import type { Edition } from '../core/spec';
import type { Encoding } from '../shared/decode';
import type { CliSource } from './documents';
import { extractCells, sectionsPresent } from './extract-cells';
import { messages } from './messages';
import { optionsForFile, RUN_LOOKUPS } from '../shared/project-config';
import { readReport, type ReadResult } from '../shared/read-file';
import { cacheKey, type CacheEntry } from './cache';

/** What every file's work needs; plain data so it can go to a worker thread. */
export interface FileSettings {
  readonly locale: Locale;
  readonly maxSize: number;
  readonly options: CheckOptions;
  /** With `--cache`: the checker's stamp, part of every file's cache key. */
  readonly cache?: { readonly stamp: string };
}

export interface FileTask {
  readonly command: 'check' | 'extract';
  readonly path: string;
  /** Found in a directory or by a glob: skipped when it does not look like a report. */
  readonly found: boolean;
  /** Last year's report of the same agency, for the rules that need it (phase `cross-year`). */
  readonly previous?: string;
  /** Last year's report text when it was read from a .docx/.pdf/.html file (the file itself is not text). */
  readonly previousText?: string;
  /** Which rules run (default `single`: last year's report is found only once every input is read). */
  readonly phase?: CheckPhase;
  /** The report text read from a .docx/.pdf/.html file (see documents.ts); the file itself is not read again. */
  readonly text?: string;
  /** The file's outcome from the last run with `--cache`, reused if its key still matches. */
  readonly cached?: CacheEntry;
}

export interface CliTextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A finding as the CLI prints it: LSP-shaped range, message in the chosen locale. */
export interface CliDiagnostic {
  readonly code: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** For arithmetic: the failing equation, apart from the message. */
  readonly equation?: string;
  readonly range: Range;
  /** Other places; `source` when the place is in a .docx/.pdf/.html file (range is in the text read from it). */
  readonly related?: readonly { readonly file?: string; readonly range: Range; readonly message: string; readonly source?: CliSource }[];
  readonly fixes?: readonly { readonly title: string; readonly edits: readonly CliTextEdit[] }[];
  /** Where the finding is in the original .docx/.pdf/.html file (range is in the text read from it). */
  readonly source?: CliSource;
}

interface Described {
  readonly file: string;
  readonly encoding: Encoding;
  readonly agency: string | null;
  readonly year: number | null;
  readonly edition: Edition;
}

export type FileOutcome =
  | { readonly status: 'error'; readonly file: string; readonly message: string }
  | { readonly status: 'skipped'; readonly file: string; readonly message: string; readonly cacheKey?: string }
  | (Described & {
    readonly status: 'checked';
    /** With `--cache`: the key of everything this outcome was computed from. */
    readonly cacheKey?: string;
    readonly diagnostics: readonly CliDiagnostic[];
    /** Normalised agency and year, to find each report's predecessor among the inputs. */
    readonly link: { readonly agency: string; readonly year: number } | null;
  })
  | (Described & { readonly status: 'extracted'; readonly sections: readonly string[]; readonly cells: Readonly<Record<string, number | null>> });

function humanSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function describe(report: Report, file: string, encoding: Encoding): Described {
  return { file, encoding, agency: report.agency ?? null, year: report.year ?? null, edition: report.edition };
}

/** Findings → CLI diagnostics; spans in another file (last year's report) are measured in that file's text. */
export function toDiagnostics(result: CheckResult, locale: Locale, previous?: { file: string; text: string; report?: Report }): CliDiagnostic[] {
  const rangeIn = (text: string, lineStarts: readonly number[]) => (span: { start: number; end: number }): Range => spanToRange(lineStarts, span, text);
  const range = rangeIn(result.report.text, result.report.lineStarts);
  const previousRange = previous ? rangeIn(previous.text, previous.report?.lineStarts ?? lineStartsOf(previous.text)) : range;
  return result.findings.map((f) => {
    const diagnostic: CliDiagnostic = {
      code: f.code,
      rule: ruleByCode(f.code)?.slug ?? f.code,
      severity: f.severity,
      message: localize(f.message, locale),
      ...(f.equation ? { equation: localize(f.equation, locale) } : {}),
      range: range(f.span),
      ...(f.related?.length ? {
        related: f.related.map((r) => ({
          ...(r.file ? { file: r.file } : {}),
          range: r.file && r.file === previous?.file ? previousRange(r.span) : range(r.span),
          message: localize(r.message, locale),
        })),
      } : {}),
      ...(f.fixes?.length ? {
        fixes: f.fixes.map((x) => ({ title: localize(x.title, locale), edits: x.edits.map((e) => ({ range: range(e.span), newText: e.newText })) })),
      } : {}),
    };
    return diagnostic;
  });
}

/** A file that gives no text: an error (exit 2), or a binary file skipped with a note. */
export function unreadable(read: Exclude<ReadResult, { kind: 'text' }>, file: string, settings: Pick<FileSettings, 'locale' | 'maxSize'>): FileOutcome {
  const m = messages(settings.locale);
  if (read.kind === 'binary') return { status: 'skipped', file, message: m.binary(file) };
  const why = read.failure === 'too-large' ? m.tooLarge(humanSize(read.size ?? 0), humanSize(settings.maxSize))
    : read.failure === 'not-found' ? m.notFound
      : read.failure === 'permission' ? m.permission
        : read.failure === 'is-directory' ? m.isDirectory : read.detail;
  return { status: 'error', file, message: m.cannotRead(file, why) };
}

/** The last reports this thread parsed, by path (and size and time, in case a file changed): checked in chain order, last year's report is usually here. */
const parsed = new Map<string, { file: string; text: string; report: Report; stamp: string }>();
const PARSED_KEPT = 8;

function stampOf(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return '';
  }
}

function remember(entry: { file: string; text: string; report: Report }): void {
  parsed.delete(entry.file);
  parsed.set(entry.file, { ...entry, stamp: stampOf(entry.file) });
  if (parsed.size > PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
}

function readPrevious(file: string, maxSize: number, documentText: string | undefined): { file: string; text: string; report: Report } | undefined {
  const known = parsed.get(file);
  if (known && known.stamp !== '' && known.stamp === stampOf(file)) return known;
  if (documentText !== undefined) return { file, text: documentText, report: parseReport(documentText) };
  const read = readReport(file, maxSize);
  return read.kind === 'text' ? { file, text: read.text, report: parseReport(read.text) } : undefined;
}

/** A file found in a folder that is not a report is skipped; one named on the command line is an error (exit 2). */
const notAReport = (task: FileTask, file: string, m: ReturnType<typeof messages>): FileOutcome =>
  task.found ? { status: 'skipped', file, message: m.notReport(file) } : { status: 'error', file, message: m.namedNotReport(file) };

/** Read, decode, parse, and check or extract one file. Never throws: every failure is an outcome. */
export function processFile(task: FileTask, settings: FileSettings): FileOutcome {
  const m = messages(settings.locale);
  const file = task.path;
  try {
    const read: ReadResult = task.text !== undefined ? { kind: 'text', text: task.text, encoding: 'utf-8' } : readReport(file, settings.maxSize);
    if (read.kind !== 'text') return unreadable(read, file, settings);
    if (task.command === 'extract') {
      const report = parseReport(read.text);
      if (!looksLikeReport(report)) return notAReport(task, file, m);
      return { status: 'extracted', ...describe(report, file, read.encoding), sections: sectionsPresent(report), cells: extractCells(report) };
    }
    const options = optionsForFile(file, settings.options, undefined, RUN_LOOKUPS);
    // The first pass is cached (messages in settings.locale); the cross-year pass depends on two files and runs again.
    const key = settings.cache && !task.previous ? cacheKey(settings.cache.stamp, [settings.locale, options], `${task.found}\0${file}`, read.text) : undefined;
    if (key !== undefined && task.cached?.key === key) return task.cached.outcome;
    const previous = task.previous ? readPrevious(task.previous, settings.maxSize, task.previousText) : undefined;
    const result = checkReport(read.text, { options, previous, phase: task.phase ?? 'single' });
    if (task.previous) remember({ file, text: read.text, report: result.report });
    if (!looksLikeReport(result.report)) {
      const outcome = notAReport(task, file, m);
      return key !== undefined && outcome.status === 'skipped' ? { ...outcome, cacheKey: key } : outcome;
    }
    return {
      status: 'checked',
      ...describe(result.report, file, read.encoding),
      diagnostics: toDiagnostics(result, settings.locale, previous),
      link: linkOf(result.report) ?? null,
      ...(key !== undefined ? { cacheKey: key } : {}),
    };
  } catch (error) {
    // The core promises never to throw; if it does, this file fails alone and says so.
    return { status: 'error', file, message: m.internal(file, String((error as Error)?.message ?? error).split('\n')[0]!) };
  }
}
