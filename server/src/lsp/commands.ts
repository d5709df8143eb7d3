import { ResponseError, ErrorCodes, type CancellationToken, type Connection, type Position, type TextDocuments, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Report } from '../core/model';
import { parseReport } from '../core/parse';
import { lineStartsOf, positionToOffset } from '../core/positions';
import { isRecord } from '../core/options';
import { TABLE_NAMES } from '../core/rules/support';
import { tableSpec } from '../core/spec';
import { documentTableStyle, renderReportSkeleton, renderTableTemplate, reportFileName } from '../core/templates';
import { languageOfPath } from './detection';
import type { AnalysisStore } from './analysis-store';
import { analyse, type Predecessors, type PreviousReport } from './documents';
import { toDiagnostics } from './diagnostics';
import { say } from './messages';
import { linkOf, PredecessorIndex, type Link } from '../core/predecessor';
import type { Settings } from './settings';
import type { Workspace } from './workspace';
import { checkWorkspace, type ProgressSink } from './workspace-check';
// Arguments arrive untrusted: each command checks them against its protocol shape (InsertTemplateArgs, NewReportArgs, CheckFilesArgs).
import { SERVER_COMMANDS, type CheckFilesResult, type NewReportResult, type TemplateChoice, type TemplateChoiceItem } from './protocol';
import { pathOf, readText } from './workspace-files';
import { settingsForDocument } from './project-config';
import { readDocumentText } from './read-document';

const CHOICES: readonly TemplateChoice[] = ['s2', 's3', 's4', 'report'];

interface Context {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly settings: () => Settings;
  readonly store: AnalysisStore;
  readonly workspace: Workspace;
  /** The progress to show for a long command, and the token that stops it (the request's, or the progress's cancel). */
  progress(): Promise<{ sink: ProgressSink; token: CancellationToken }>;
}

const invalid = (message: string): ResponseError<void> => new ResponseError(ErrorCodes.InvalidParams, message);
const DEFAULT_YEAR = (): number => new Date().getFullYear() - 1;

export function templateChoices(settings: Settings): TemplateChoiceItem[] {
  const locale = settings.locale;
  return CHOICES.map((id) => id === 'report'
    ? { id, label: say(locale, '整份报告', 'Whole report'), description: say(locale, '标题、六个部分和三张表', 'title, the six sections and the three tables') }
    : { id, label: TABLE_NAMES[id][locale], description: tableSpec(id, '2023').title });
}

function headingPrefix(report: Report, languageId: string): string {
  const first = report.sections[0]?.heading.prefix;
  if (first !== undefined) return first.startsWith('#') ? `${first.trim()} ` : first;
  return languageId === 'plaintext' ? '' : '## ';
}

/** The template text for a choice, in the document's own table and heading style. */
export function templateText(report: Report, languageId: string, choice: TemplateChoice): string {
  const style = documentTableStyle(report);
  if (choice === 'report') {
    return renderReportSkeleton({ year: report.year ?? DEFAULT_YEAR(), agency: report.agency ?? '', style, headingPrefix: headingPrefix(report, languageId) });
  }
  return renderTableTemplate(choice, style);
}

/** Line breaks to put before and after a block inserted at `offset`, so it stands apart by a blank line. */
export function blockPadding(text: string, offset: number): { before: string; after: string } {
  const prev = text.slice(0, offset);
  const rest = text.slice(offset);
  const before = prev === '' || /(?:^|\n)[ \t]*\r?\n[ \t]*$/.test(prev) ? '' : /\n[ \t]*$/.test(prev) ? '\n' : '\n\n';
  const after = rest === '' || /^[ \t]*\r?\n/.test(rest) ? '' : '\n';
  return { before, after };
}

/** The edit inserting a template at a position, on lines of its own, in the document's line endings. */
export function insertTemplateEdit(document: TextDocument, position: Position, choice: TemplateChoice): WorkspaceEdit | undefined {
  const text = document.getText();
  const report = parseReport(text);
  const template = templateText(report, document.languageId, choice).replace(/[\r\n]+$/, '');
  if (!template) return undefined;
  const offset = positionToOffset(lineStartsOf(text), position, text);
  const { before, after } = blockPadding(text, offset);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const newText = `${before}${template}\n${after}`.replace(/\r?\n/g, eol);
  const at = document.positionAt(offset);
  return { changes: { [document.uri]: [{ range: { start: at, end: at }, newText }] } };
}

/** A new report's text and the file name it is offered under (from the agency and year, never from its first line). */
export function newReport(args: unknown, settings: Settings): NewReportResult | ResponseError<void> {
  const locale = settings.locale;
  if (!isRecord(args)) return invalid(say(locale, '缺少年度和机关名称', 'year and agency are required'));
  const year = Number(args.year);
  if (!Number.isInteger(year) || year < 2008 || year > 2100) {
    return invalid(say(locale, `年度无效：${String(args.year)}（应为 2008–2100 之间的整数）`, `invalid year: ${String(args.year)} (a whole number 2008–2100)`));
  }
  const agency = typeof args.agency === 'string' ? args.agency.trim() : '';
  if (!agency || agency.length > 200 || /[\r\n]/.test(agency)) {
    return invalid(say(locale, '机关名称无效（一行文字，不超过 200 字）', 'invalid agency name (one line, at most 200 characters)'));
  }
  const plain = args.flavour === 'plaintext';
  return {
    text: renderReportSkeleton({ year, agency, style: plain ? 'tab' : 'pipe', headingPrefix: plain ? '' : '## ' }),
    fileName: reportFileName(agency, year, plain),
  };
}

/** A file's text as sent, else read from disk (decoded as the CLI does). */
function textOf(file: { uri: string; text?: string }): string | undefined {
  if (typeof file.text === 'string') return file.text;
  const path = pathOf(file.uri);
  return path === undefined ? undefined : readText(path)?.text;
}

/** Last year's report among the files of one call first (the client sends the files of a folder it alone can read), then the workspace's. */
function predecessorsAmong(files: readonly PreviousReport[], workspace: Workspace): Predecessors {
  const index = new PredecessorIndex(files, (f) => linkOf(f.report));
  const among = (uri: string, link: Link): PreviousReport | undefined => {
    const found = index.find(link);
    return found && found.uri !== uri ? found : undefined;
  };
  return {
    find: (uri, link) => among(uri, link) ?? workspace.find(uri, link),
    stampFor: (uri, link) => {
      const found = among(uri, link);
      return found ? `${found.uri}\u0000${found.stamp}` : workspace.stampFor(uri, link);
    },
  };
}

/**
 * Checks files that are not open (their text sent by the client, or read from disk) and publishes
 * their diagnostics; open ones already have theirs. Each is checked against last year's report
 * among the same files or in the workspace.
 */
export function checkFiles(context: Context, args: unknown): CheckFilesResult | ResponseError<void> {
  const settings = context.settings();
  const locale = settings.locale;
  if (!isRecord(args) || !Array.isArray(args.files)) return invalid(say(locale, '缺少文件列表', 'files are required'));
  let checked = 0;
  let skipped = 0;
  let errors = 0;
  let warnings = 0;
  const closed: PreviousReport[] = [];
  for (const file of args.files as unknown[]) {
    if (!isRecord(file) || typeof file.uri !== 'string') { skipped++; continue; }
    if (context.documents.get(file.uri)) continue;
    const text = textOf({ uri: file.uri, ...(typeof file.text === 'string' ? { text: file.text } : {}) });
    if (text === undefined) { skipped++; continue; }
    closed.push({ uri: file.uri, stamp: 'sent', text, report: parseReport(text), lineStarts: lineStartsOf(text) });
  }
  const predecessors = predecessorsAmong(closed, context.workspace);
  const opened = (args.files as unknown[]).flatMap((f) => (isRecord(f) && typeof f.uri === 'string' && context.documents.get(f.uri) ? [f.uri] : []));
  const analyses = [
    ...opened.map((uri) => context.store.get(uri)),
    ...closed.map((f) => analyse(f.uri, 0, languageOfPath(decodeURIComponent(f.uri)), f.text, settingsForDocument(f.uri, settings), predecessors, f.report)),
  ];
  for (const analysis of analyses) {
    if (!analysis) { skipped++; continue; }
    checked++;
    errors += analysis.result.findings.filter((f) => f.severity === 'error').length;
    warnings += analysis.result.findings.filter((f) => f.severity === 'warning').length;
    if (!context.documents.get(analysis.uri)) context.connection.sendDiagnostics({ uri: analysis.uri, diagnostics: toDiagnostics(analysis) }).catch(() => undefined);
  }
  const message = say(
    locale,
    `已检查 ${checked} 份年报（跳过 ${skipped} 个非年报文件）：${errors} 个错误，${warnings} 个警告。`,
    `Checked ${checked} report${checked === 1 ? '' : 's'} (${skipped} other file${skipped === 1 ? '' : 's'} skipped): ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
  );
  return { checked, skipped, errors, warnings, message };
}

/** Dispatches workspace/executeCommand. */
export async function executeCommand(context: Context, command: string, args: readonly unknown[]): Promise<unknown> {
  const settings = context.settings();
  const locale = settings.locale;
  switch (command) {
    case SERVER_COMMANDS.templateChoices:
      return templateChoices(settings);
    case SERVER_COMMANDS.insertTemplate: {
      const a = args[0];
      if (!isRecord(a) || typeof a.uri !== 'string' || !isRecord(a.position) || !CHOICES.includes(a.choice as TemplateChoice)) {
        return invalid(say(locale, '参数无效：需要 uri、position 和 choice', 'invalid arguments: uri, position and choice are required'));
      }
      const document = context.documents.get(a.uri);
      if (!document) return invalid(say(locale, '文档未打开', 'the document is not open'));
      const edit = insertTemplateEdit(document, a.position as unknown as Position, a.choice as TemplateChoice);
      if (!edit) return { applied: false };
      const result = await context.connection.workspace.applyEdit({ label: say(locale, '插入现行格式表格（2021年版）', 'Insert tables of the 2021 format (in force)'), edit });
      return { applied: result.applied };
    }
    case SERVER_COMMANDS.newReport: {
      return newReport(args[0], settings);
    }
    case SERVER_COMMANDS.checkFiles:
      return checkFiles(context, args[0]);
    case SERVER_COMMANDS.readDocument:
      return readDocumentText(args[0], locale, (path) => context.store.background.read(path));
    case SERVER_COMMANDS.checkWorkspace: {
      const { sink, token } = await context.progress();
      return checkWorkspace(context.workspace, locale, sink, token);
    }
    default:
      return invalid(`unknown command ${command}`);
  }
}
