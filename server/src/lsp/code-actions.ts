import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, Fix, TextEdit as CoreEdit } from '../core/findings';
import { fixAllEdits } from '../core/fix-all';
import { suppressionFix } from '../core/suppress';
import { toRange, toSpan, touches } from './convert';
import type { Analysis } from './documents';
import { findingFor, toDiagnostic } from './diagnostics';
import { localize, say } from './messages';

/** `source.fixAll.govReport`: the safe fixes only (blank → 0, labels), for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.govReport`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

const wants = (only: readonly string[] | undefined, kind: string): boolean =>
  !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

const workspaceEdit = (analysis: Analysis, edits: readonly CoreEdit[]): WorkspaceEdit => ({
  changes: { [analysis.uri]: edits.map((e): TextEdit => ({ range: toRange(analysis, e.span), newText: e.newText })) },
});

export function codeActions(analysis: Analysis | undefined, params: CodeActionParams): CodeAction[] {
  if (!analysis) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) actions.push(...quickFixes(analysis, params));
  if (only && wants(only, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(analysis);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function quickFixes(analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<Finding>();
  const add = (finding: Finding, index: number): void => {
    if (seen.has(finding)) return;
    seen.add(finding);
    const diagnostic = toDiagnostic(analysis, finding, index);
    [...(finding.fixes ?? []), suppressionFix(analysis.result.report, finding)].forEach((fix: Fix) => {
      if (fix.edits.length === 0) return;
      actions.push({
        title: localize(fix.title, analysis.settings.locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred === true,
        edit: workspaceEdit(analysis, fix.edits),
      });
    });
  };
  // The diagnostics the client sends, matched by code and data; without any, the findings under the cursor.
  for (const diagnostic of params.context.diagnostics) {
    const finding = findingFor(analysis, diagnostic);
    if (finding) add(finding, analysis.result.findings.indexOf(finding));
  }
  if (seen.size > 0) return actions;
  const selection = toSpan(analysis, params.range);
  analysis.result.findings.forEach((f, i) => {
    if (touches(f.span, selection)) add(f, i);
  });
  return actions;
}

/** Every safe fix whose edits clash with no edit taken before, as one action (one undo). */
export function fixAllAction(analysis: Analysis): CodeAction | undefined {
  const taken = fixAllEdits(analysis.result.findings);
  if (taken.length === 0) return undefined;
  return {
    title: say(analysis.settings.locale, `修复全部可安全修复的问题（${taken.length} 处）`, `Fix all safe problems (${taken.length})`),
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(analysis, taken),
  };
}
