import type { FileOutcome } from './analyze';

type Checked = Extract<FileOutcome, { status: 'checked' }>;
type Extracted = Extract<FileOutcome, { status: 'extracted' }>;

/**
 * `check --format json`: one object per checked file; ranges LSP-shaped (0-based line, UTF-16
 * character). `related` (when present) points at other places, possibly in last year's report.
 */
export function formatCheckJson(files: readonly Checked[]): string {
  return `${JSON.stringify(files.map((f) => ({
    file: f.file,
    agency: f.agency,
    edition: f.edition,
    year: f.year,
    encoding: f.encoding,
    diagnostics: f.diagnostics.map((d) => ({
      code: d.code, rule: d.rule, severity: d.severity, message: d.message, range: d.range,
      ...(d.related ? { related: d.related } : {}),
    })),
  })), null, 2)}\n`;
}

/** `extract --format json`: cells by key, `null` where the report prints a blank. */
export function formatExtractJson(files: readonly Extracted[]): string {
  return `${JSON.stringify(files.map((f) => ({
    file: f.file,
    agency: f.agency,
    year: f.year,
    edition: f.edition,
    encoding: f.encoding,
    sections: f.sections,
    cells: f.cells,
  })), null, 2)}\n`;
}
