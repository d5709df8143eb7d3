import type { CliDiagnostic } from './analyze';

/**
 * `path:line:col  severity  code  message  equation`, 1-based line and column (UTF-16 units, as the
 * JSON range); for a .docx/.pdf/.html file the place in the original instead (`年报.pdf:第3页第12行`).
 * An arithmetic finding's equation follows its message (a terminal has no hover).
 */
export function formatTextLine(file: string, d: CliDiagnostic): string {
  const message = `${d.message}${d.equation ? `  ${d.equation}` : ''}`.replace(/\s*[\r\n]+\s*/g, ' ');
  const at = d.source ? d.source.text : `${d.range.start.line + 1}:${d.range.start.character + 1}`;
  return `${file}:${at}  ${d.severity}  ${d.code}  ${message}`;
}
