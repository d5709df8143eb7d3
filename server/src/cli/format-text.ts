import type { CliDiagnostic } from './analyze';

/**
 * `path:line:col  severity  code  message  equation`, 1-based line and column (UTF-16 units, as the
 * JSON range); an arithmetic finding's equation follows its message (a terminal has no hover).
 */
export function formatTextLine(file: string, d: CliDiagnostic): string {
  const message = `${d.message}${d.equation ? `  ${d.equation}` : ''}`.replace(/\s*[\r\n]+\s*/g, ' ');
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.severity}  ${d.code}  ${message}`;
}
