import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding, Severity } from '../core/findings';
import { sameRange, toRange } from './convert';
import type { Analysis } from './documents';
import { localize } from './messages';
import { ruleDocsUrl } from './rule-docs';

export const SOURCE = 'gov-report';

/** Carried by every diagnostic so a code action finds its finding without reading the message. */
export interface DiagnosticData {
  readonly version: number;
  readonly index: number;
}

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(analysis: Analysis, finding: Finding, index: number): Diagnostic {
  const locale = analysis.settings.locale;
  // A location in last year's report is measured in that report's text; one in any other file cannot be.
  const previous = analysis.previous;
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related ?? []) {
    const message = localize(r.message, locale);
    if (r.file === undefined) related.push({ location: { uri: analysis.uri, range: toRange(analysis, r.span) }, message });
    else if (previous && r.file === previous.uri) related.push({ location: { uri: previous.uri, range: toRange(previous, r.span) }, message });
  }
  const data: DiagnosticData = { version: analysis.version, index };
  const docs = ruleDocsUrl(finding.code);
  return {
    range: toRange(analysis, finding.span),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.code,
    ...(docs ? { codeDescription: { href: docs } } : {}),
    source: SOURCE,
    message: localize(finding.message, locale),
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data,
  };
}

export const toDiagnostics = (analysis: Analysis | undefined): Diagnostic[] =>
  analysis ? analysis.result.findings.map((f, i) => toDiagnostic(analysis, f, i)) : [];

const isData = (value: unknown): value is DiagnosticData =>
  typeof value === 'object' && value !== null &&
  typeof (value as DiagnosticData).version === 'number' && typeof (value as DiagnosticData).index === 'number';

/**
 * The finding a diagnostic the client sends back stands for: by the index it carries when the
 * version is the same, else by rule code and range. Never by message text.
 */
export function findingFor(analysis: Analysis, diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') return undefined;
  const findings = analysis.result.findings;
  if (isData(diagnostic.data) && diagnostic.data.version === analysis.version) {
    const finding = findings[diagnostic.data.index];
    if (finding?.code === diagnostic.code) return finding;
  }
  return findings.find((f) => f.code === diagnostic.code && sameRange(toRange(analysis, f.span), diagnostic.range));
}
