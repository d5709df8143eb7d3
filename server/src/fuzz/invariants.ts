import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport, type CheckResult, type PreviousReport } from '../core/check';
import { applyEdits } from '../core/fix-all';
import { cellAt, explainCell, explainRowLabel } from '../core/explain';
import { LOCALES, type Finding, type Locale } from '../core/findings';
import type { Report, Span } from '../core/model';
import { DEFAULT_OPTIONS, type CheckOptions } from '../core/options';
import { lineStartsOf, spanToRange } from '../core/positions';
import { RULES } from '../core/rules';

export interface Violation {
  /** Which promise broke: `check-throws`, `rule-throws`, `span`, `explain`, `cell-at`, `fix-*`, `nondeterministic`, `slow`. */
  readonly invariant: string;
  readonly detail: string;
}

export interface InvariantOptions {
  readonly options?: CheckOptions;
  readonly previous?: PreviousReport;
  /** Also check that a second run gives the same findings (costs one more check). */
  readonly determinism?: boolean;
  /** A check slower than this (ms) is a violation: the sign of a regular expression that backtracks. */
  readonly slowMs?: number;
  /** The locales every cell is explained in (default both). */
  readonly explainLocales?: readonly Locale[];
}

const describeError = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join(' | ') : String(error);

const validSpan = (span: Span | undefined, length: number): boolean =>
  span !== undefined && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;

/** Fixed texts checked again per case: enough for every kind of fix, bounded for documents with hundreds. */
const MAX_REPARSED_FIXES = 6;

const BAD_WORDS = /undefined|NaN|\[object Object\]/;

/** Every span the model carries, named, so a bad one can be reported by where it is. */
function* modelSpans(report: Report): Generator<[string, Span]> {
  if (report.title) yield ['title', report.title.span];
  if (report.period) yield ['period', report.period.span];
  if (report.signingDate) yield ['signingDate', report.signingDate.span];
  for (const s of report.sections) {
    yield [`section ${s.index}`, s.span];
    yield [`section ${s.index} heading`, s.heading.span];
    yield [`section ${s.index} numbering`, s.heading.numberingSpan];
    yield [`section ${s.index} title`, s.heading.titleSpan];
  }
  for (const table of Object.values(report.tables)) {
    if (!table) continue;
    yield [`table ${table.id}`, table.span];
    for (const row of table.rows) {
      yield [`row ${row.key}`, row.span];
      yield [`row ${row.key} label`, row.labelSpan];
    }
    for (const cell of table.cells.values()) yield [`cell ${cell.key}`, cell.span];
    for (const a of table.ambiguities) yield [`ambiguity ${a.keys.join(',')}`, a.span];
  }
}

function checkSpans(result: CheckResult, text: string, out: Violation[]): void {
  const length = text.length;
  for (const [where, span] of modelSpans(result.report)) {
    if (!validSpan(span, length)) out.push({ invariant: 'span', detail: `${where}: ${JSON.stringify(span)} outside 0…${length}` });
  }
  const starts = result.report.lineStarts;
  if (starts[0] !== 0 || starts.some((s, i) => i > 0 && !(s > starts[i - 1]! && s <= length))) {
    out.push({ invariant: 'span', detail: 'report.lineStarts not increasing within the text' });
  }
  for (const f of result.findings) {
    if (!validSpan(f.span, length)) out.push({ invariant: 'span', detail: `${f.code}: span ${JSON.stringify(f.span)} outside 0…${length}` });
    for (const r of f.related ?? []) {
      if (!r.file && !validSpan(r.span, length)) out.push({ invariant: 'span', detail: `${f.code}: related span ${JSON.stringify(r.span)} outside 0…${length}` });
    }
    for (const locale of ['zh-CN', 'en'] as const) {
      const message = f.message[locale];
      const bad = typeof message === 'string' ? BAD_WORDS.exec(message)?.[0] : undefined;
      // A message may quote the document; only words the document does not hold are the rule's own.
      if (typeof message !== 'string' || message.trim() === '' || (bad !== undefined && !text.includes(bad))) {
        out.push({ invariant: 'message', detail: `${f.code} ${locale}: ${JSON.stringify(message)}` });
      }
    }
  }
}

function checkExplain(report: Report, locales: readonly Locale[], out: Violation[]): void {
  for (const table of Object.values(report.tables)) {
    if (!table) continue;
    for (const cell of table.cells.values()) {
      for (const locale of locales) {
        try {
          const e = explainCell(report, cell.key, locale);
          if (!e || !e.path || !e.value) out.push({ invariant: 'explain', detail: `explainCell(${cell.key}, ${locale}) gave nothing` });
        } catch (error) {
          out.push({ invariant: 'explain', detail: `explainCell(${cell.key}, ${locale}) threw: ${describeError(error)}` });
        }
      }
      try {
        if (!cellAt(report, cell.span.start)) out.push({ invariant: 'cell-at', detail: `cellAt(${cell.span.start}) found no cell; ${cell.key} starts there` });
      } catch (error) {
        out.push({ invariant: 'cell-at', detail: `cellAt(${cell.span.start}) threw: ${describeError(error)}` });
      }
    }
    for (const row of table.rows) {
      try {
        explainRowLabel(report, row.labelSpan.start, 'zh-CN');
      } catch (error) {
        out.push({ invariant: 'explain', detail: `explainRowLabel(${row.key}) threw: ${describeError(error)}` });
      }
    }
  }
}

interface FixContext {
  readonly text: string;
  readonly lineStarts: readonly number[];
  readonly document: TextDocument;
  readonly options: CheckOptions;
}

/** Checks one fix; `reparse` also checks the fixed text (the costly part, so done for a sample). */
function checkFix(context: FixContext, finding: Finding, fixIndex: number, reparse: boolean, out: Violation[]): void {
  const { text, lineStarts, document, options } = context;
  const fix = finding.fixes![fixIndex]!;
  const name = `${finding.code} fix ${fixIndex}`;
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
  for (const e of edits) {
    if (!validSpan(e.span, text.length)) {
      out.push({ invariant: 'fix-span', detail: `${name}: edit span ${JSON.stringify(e.span)} outside 0…${text.length}` });
      return;
    }
    if (typeof e.newText !== 'string') {
      out.push({ invariant: 'fix-span', detail: `${name}: newText is ${typeof e.newText}` });
      return;
    }
  }
  if (edits.some((e, i) => i > 0 && e.span.start < edits[i - 1]!.span.end)) {
    out.push({ invariant: 'fix-overlap', detail: `${name}: edits overlap` });
    return;
  }
  let fixed: string;
  try {
    fixed = applyEdits(text, edits);
  } catch (error) {
    out.push({ invariant: 'fix-apply', detail: `${name} threw while applied: ${describeError(error)}` });
    return;
  }
  // As an editor applies it: ranges (line/character) through the shared converter, applied by the LSP document.
  try {
    const viaEditor = TextDocument.applyEdits(document, edits.map((e) => ({ range: spanToRange(lineStarts, e.span, text), newText: e.newText })));
    if (viaEditor !== fixed) {
      const first = edits[0]!.span;
      out.push({ invariant: 'fix-outside', detail: `${name}: applied through line/character ranges the edit changes text outside ${JSON.stringify(first)}…` });
    }
  } catch (error) {
    out.push({ invariant: 'fix-apply', detail: `${name} threw in TextDocument.applyEdits: ${describeError(error)}` });
  }
  const first = edits[0]?.span.start ?? 0;
  const last = edits[edits.length - 1]?.span.end ?? 0;
  const suffix = text.length - last;
  if (fixed.slice(0, first) !== text.slice(0, first) || fixed.slice(fixed.length - suffix) !== text.slice(last)) {
    out.push({ invariant: 'fix-outside', detail: `${name}: text before or after the edits changed` });
  }
  if (!reparse) return;
  try {
    const again = checkReport(fixed, { options });
    for (const [where, span] of modelSpans(again.report)) {
      if (!validSpan(span, fixed.length)) {
        out.push({ invariant: 'fix-reparse', detail: `${name}: after the fix, ${where} span outside the text` });
        break;
      }
    }
  } catch (error) {
    out.push({ invariant: 'fix-reparse', detail: `${name}: the fixed text does not check: ${describeError(error)}` });
  }
}

const fingerprint = (findings: readonly Finding[]): string =>
  JSON.stringify(findings.map((f) => [f.code, f.span.start, f.span.end, f.message.en, f.severity, f.fixes?.map((x) => x.edits)]));

/** Every invariant on one input; an empty list means the case passed. */
export function checkInvariants(text: string, invariantOptions: InvariantOptions = {}): Violation[] {
  const options = invariantOptions.options ?? DEFAULT_OPTIONS;
  const out: Violation[] = [];
  let result: CheckResult;
  const started = performance.now();
  try {
    result = checkReport(text, { options, previous: invariantOptions.previous });
  } catch (error) {
    return [{ invariant: 'check-throws', detail: describeError(error) }];
  }
  const elapsed = performance.now() - started;
  if (invariantOptions.slowMs !== undefined && elapsed > invariantOptions.slowMs) {
    out.push({ invariant: 'slow', detail: `checkReport took ${elapsed.toFixed(0)} ms on ${text.length} code units` });
  }
  // runRules contains a throwing rule (its findings are dropped); here every rule must run clean.
  const context = { report: result.report, options, previous: invariantOptions.previous };
  for (const rule of RULES) {
    try {
      for (const finding of rule.check(context)) void finding;
    } catch (error) {
      out.push({ invariant: 'rule-throws', detail: `${rule.code}: ${describeError(error)}` });
    }
  }
  checkSpans(result, text, out);
  checkExplain(result.report, invariantOptions.explainLocales ?? LOCALES, out);
  const fixContext: FixContext = { text, lineStarts: lineStartsOf(text), document: TextDocument.create('fuzz:///case', 'gov-report', 1, text), options };
  // Every fix is applied; the fixed text is checked again for the first fix of each kind (code and title).
  const reparsed = new Set<string>();
  for (const finding of result.findings) {
    (finding.fixes ?? []).forEach((fix, i) => {
      const kind = `${finding.code} ${fix.title.en}`;
      const reparse = !reparsed.has(kind) && reparsed.size < MAX_REPARSED_FIXES;
      if (reparse) reparsed.add(kind);
      checkFix(fixContext, finding, i, reparse, out);
    });
  }
  if (invariantOptions.determinism) {
    try {
      const second = checkReport(text, { options, previous: invariantOptions.previous });
      if (fingerprint(second.findings) !== fingerprint(result.findings)) out.push({ invariant: 'nondeterministic', detail: 'a second check of the same text gave other findings' });
    } catch (error) {
      out.push({ invariant: 'check-throws', detail: `second run: ${describeError(error)}` });
    }
  }
  return out;
}
