import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import { toPosition, toSpan, touches } from './convert';
import type { Analysis } from './documents';
import { localize, say } from './messages';

/** `应为 57` after each cell the arithmetic says is wrong; switched off by `govReport.inlayHints`. */
export function inlayHints(analysis: Analysis | undefined, params: InlayHintParams): InlayHint[] {
  if (!analysis || !analysis.settings.inlayHints) return [];
  const visible = toSpan(analysis, params.range);
  const locale = analysis.settings.locale;
  const hints: InlayHint[] = [];
  const placed = new Set<number>();
  for (const finding of analysis.result.findings) {
    if (finding.expected === undefined || !touches(finding.span, visible) || placed.has(finding.span.end)) continue;
    placed.add(finding.span.end);
    hints.push({
      position: toPosition(analysis, finding.span.end),
      label: say(locale, `应为 ${finding.expected}`, `should be ${finding.expected}`),
      paddingLeft: true,
      tooltip: localize(finding.message, locale),
    });
  }
  return hints;
}
