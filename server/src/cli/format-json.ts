import type { FileOutcome } from './analyze';

type Checked = Extract<FileOutcome, { status: 'checked' }>;
type Extracted = Extract<FileOutcome, { status: 'extracted' }>;

/**
 * `check --format json`: one object per checked file; ranges LSP-shaped (0-based line, UTF-16
 * character). `related` (when present) points at other places, possibly in last year's report.
 * Each diagnostic is printed on one line: readable, and a third the size of fully indented JSON
 * for a folder of a thousand reports. For a .docx/.pdf/.html file, `source` names the place in the
 * original (`kind` page/cell/paragraph and its numbers, `text` as a reader names it); `range` is in the text read from it.
 */
export function formatCheckJson(files: readonly Checked[]): string {
  const out: string[] = [];
  for (const f of files) {
    const head = { file: f.file, agency: f.agency, edition: f.edition, year: f.year, encoding: f.encoding };
    const fields = Object.entries(head).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
    const diagnostics = f.diagnostics.map((d) => `      ${JSON.stringify({
      code: d.code, rule: d.rule, severity: d.severity, message: d.message, ...(d.equation ? { equation: d.equation } : {}), range: d.range,
      ...(d.source ? { source: { ...d.source.place, text: d.source.text } } : {}),
      ...(d.related ? { related: d.related } : {}),
    })}`);
    out.push(`  {\n${fields.join('\n')}\n    "diagnostics": [${diagnostics.length ? `\n${diagnostics.join(',\n')}\n    ` : ''}]\n  }`);
  }
  return out.length ? `[\n${out.join(',\n')}\n]\n` : '[]\n';
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
