import { resolve } from 'node:path';
import type { Locale } from '../core/findings';
import type { FileOutcome, FileSettings, FileTask } from './analyze';
import { parseArgs, type Command } from './args';
import { ENCODING_NAMES } from '../shared/decode';
import { optionsForFile, RUN_LOOKUPS } from '../shared/project-config';
import { explainAt } from './explain-command';
import { formatExtractCsv } from './format-csv';
import { formatCheckHtml } from './format-html';
import { formatCheckJson, formatExtractJson } from './format-json';
import { formatSarif, type SarifNotification } from './format-sarif';
import { formatTextLine } from './format-text';
import { helpText } from './help';
import { expandInputs } from './inputs';
import { readDocumentInputs, withSources } from './documents';
import type { ReadDocument } from '../readers';
import { startLanguageServer } from './lsp-command';
import { chainOrder, withCrossYear } from './cross-year';
import { predecessors } from './link';
import { messages } from './messages';
import { runTasks } from './pool';
import { openRunCache, saveRunCache } from './run-cache';
import { VERSION } from './version';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The CLI entry script, which doubles as the worker script; without it everything runs on this thread. */
  readonly workerScript?: string;
  /** Where the bundled CLI lives (dist/), to find the language server for `lsp --stdio`. */
  readonly bundleDir?: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Skipped files beyond this many are counted, not listed, on stderr (SARIF still lists them all). */
const MAX_SKIP_NOTES = 20;

type Checked = Extract<FileOutcome, { status: 'checked' }>;
type Extracted = Extract<FileOutcome, { status: 'extracted' }>;

/** Runs one command line; resolves to the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    io.stderr(`gov-report: ${messages(parsed.locale).error}${parsed.error}\n`);
    return EXIT_USAGE;
  }
  const command = parsed.command;
  try {
    return await execute(command, io);
  } catch (error) {
    const locale = 'locale' in command ? command.locale : 'zh-CN';
    io.stderr(`gov-report: ${messages(locale).error}${String((error as Error)?.message ?? error).split('\n')[0]}\n`);
    return EXIT_USAGE;
  }
}

async function execute(command: Command, io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.stdout(helpText(command.locale));
      return EXIT_OK;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    case 'lsp':
      if (!io.bundleDir || !startLanguageServer(io.bundleDir)) {
        io.stderr(`gov-report: ${messages('zh-CN').error}${messages('zh-CN').lspMissing}\n`);
        return EXIT_USAGE;
      }
      return new Promise<number>(() => { /* the server owns the process until the client ends it */ });
    case 'explain': {
      const result = explainAt(command);
      const m = messages(command.locale);
      if (!result.ok) {
        io.stderr(`gov-report: ${m.error}${result.error}\n`);
        return EXIT_USAGE;
      }
      for (const note of result.notes) io.stderr(`gov-report: ${m.note}${note}\n`);
      io.stdout(result.stdout);
      return EXIT_OK;
    }
    case 'check':
    case 'extract':
      return runFiles(command, io);
  }
}

async function runFiles(command: Extract<Command, { kind: 'check' | 'extract' }>, io: CliIo): Promise<number> {
  const m = messages(command.locale);
  const note = (text: string): void => io.stderr(`gov-report: ${m.note}${text}\n`);
  const error = (text: string): void => io.stderr(`gov-report: ${m.error}${text}\n`);
  const started = Date.now();

  const { files, errors } = expandInputs(command.inputs, m);
  const notifications: SarifNotification[] = [];
  for (const e of errors) {
    error(e);
    notifications.push({ level: 'error', file: '.', message: e });
  }
  const cache = command.kind === 'check' && command.cache ? openRunCache(command.cache.location, io) : undefined;
  const settings: FileSettings = {
    locale: command.locale,
    maxSize: command.maxSize,
    options: command.kind === 'check' ? command.options : { locale: command.locale, rules: {}, repeatedTextThreshold: 0.5 },
    ...(cache ? { cache: { stamp: cache.stamp } } : {}),
  };
  const documents = await readDocumentInputs(files, settings, cache);
  const tasks: FileTask[] = files.map((f, i) => {
    const read = documents.get(i);
    const cached = cache?.entries.get(cache.keyOf(f.path));
    return { command: command.kind, path: f.path, found: f.found, ...(read && 'document' in read ? { text: read.document.text } : {}), ...(cached ? { cached } : {}) };
  });
  RUN_LOOKUPS.clear();
  if (command.kind === 'check') {
    // Each project config file's problems, once (the checks themselves fall back to the defaults).
    const configProblems = new Map<string, string>();
    for (const f of files) optionsForFile(f.path, settings.options, (path, message) => configProblems.set(path, message), RUN_LOOKUPS);
    for (const [path, message] of configProblems) note(`${path}: ${message}`);
  }
  const pool = { jobs: command.jobs, workerScript: io.workerScript };
  const { outcomes, stats } = await runTasks(tasks, settings, pool);
  const reused = cache ? saveRunCache(cache, tasks, outcomes, note, m) : undefined;
  let relinked = 0;
  if (command.kind === 'check') {
    // Reports whose predecessor is among the inputs are checked again against it (GR404–GR406).
    // Only the rules that need last year's report run again; their findings join the first pass's.
    const links = chainOrder(predecessors(outcomes), outcomes);
    relinked = links.length;
    const documentTexts = new Map(tasks.flatMap((t) => (t.text !== undefined ? [[t.path, t.text] as const] : [])));
    const again = await runTasks(links.map(([i, previous]) => {
      const previousText = documentTexts.get(previous);
      return { ...tasks[i]!, previous, ...(previousText !== undefined ? { previousText } : {}), phase: 'cross-year' as const };
    }), settings, pool);
    links.forEach(([i], k) => { outcomes[i] = withCrossYear(outcomes[i]!, again.outcomes[k]!); });
  }
  const documentsByPath = new Map<string, ReadDocument>();
  documents.forEach((read, i) => { if ('document' in read) documentsByPath.set(files[i]!.path, read.document); });
  outcomes.forEach((outcome, i) => {
    const read = documents.get(i);
    outcomes[i] = read && 'outcome' in read ? read.outcome : withSources(outcome, read?.document, documentsByPath, command.locale);
  });

  let failed = errors.length > 0;
  let skipped = 0;
  const done: (Checked | Extracted)[] = [];
  for (const outcome of outcomes) {
    if (outcome.status === 'error') {
      failed = true;
      error(outcome.message);
      notifications.push({ level: 'error', file: outcome.file, message: outcome.message });
    } else if (outcome.status === 'skipped') {
      if (++skipped <= MAX_SKIP_NOTES) note(outcome.message);
      notifications.push({ level: 'note', file: outcome.file, message: outcome.message });
    } else {
      if (outcome.encoding === 'utf-8-lossy') note(m.lossy(outcome.file));
      else if (outcome.encoding !== 'utf-8' && outcome.encoding !== 'utf-8-bom') note(m.encoding(outcome.file, ENCODING_NAMES[outcome.encoding]));
      done.push(outcome);
    }
  }

  if (skipped > MAX_SKIP_NOTES) note(m.moreSkipped(skipped - MAX_SKIP_NOTES));

  let hasErrors = false;
  if (command.kind === 'extract') {
    const extracted = done as Extracted[];
    io.stdout(command.format === 'csv' ? formatExtractCsv(extracted, command.locale) : formatExtractJson(extracted));
  } else {
    const checked = done as Checked[];
    hasErrors = checked.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
    if (command.format === 'json') io.stdout(formatCheckJson(checked));
    else if (command.format === 'sarif') io.stdout(formatSarif(checked, notifications, resolve(io.cwd), command.locale));
    else if (command.format === 'html') io.stdout(formatCheckHtml(checked, command.locale));
    else {
      const lines = checked.flatMap((f) => f.diagnostics.map((d) => formatTextLine(f.file, d)));
      if (lines.length > 0) io.stdout(`${lines.join('\n')}\n`);
      if (outcomes.length > 0) io.stderr(summary(checked, command.locale));
    }
  }
  if (io.env.GOV_REPORT_STATS) {
    const usage = process.resourceUsage();
    io.stderr(`gov-report-stats ${JSON.stringify({
      ...stats, relinked, cached: reused?.files ?? 0, ...(reused ? { cachedDocuments: reused.documents } : {}), wallMs: Date.now() - started, cpuUserMs: Math.round(usage.userCPUTime / 1000), cpuSystemMs: Math.round(usage.systemCPUTime / 1000),
    })}\n`);
  }
  return failed ? EXIT_USAGE : hasErrors ? EXIT_FINDINGS : EXIT_OK;
}

function summary(files: readonly Checked[], locale: Locale): string {
  const all = files.flatMap((f) => f.diagnostics);
  const count = (severity: string): number => all.filter((d) => d.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  return `${messages(locale).summary(files.length, errors, warnings, all.length - errors - warnings)}\n`;
}
