// The names and shapes the client and the server exchange beyond LSP itself. The client imports
// this file too (client/tsconfig.json references the server project), so both sides share one copy.
import type { TableId } from '../core/spec/types';

/** Server commands (workspace/executeCommand); the client's palette commands call them. */
export const SERVER_COMMANDS = {
  templateChoices: 'govReport.server.templateChoices',
  insertTemplate: 'govReport.server.insertTemplate',
  newReport: 'govReport.server.newReport',
  checkFiles: 'govReport.server.checkFiles',
  checkWorkspace: 'govReport.server.checkWorkspace',
  readDocument: 'govReport.server.readDocument',
} as const;

/** The scheme of the read-only view of a .docx/.pdf/.html report: `gov-report-view:<file path>.report.md?<file URI>`. */
export const VIEW_SCHEME = 'gov-report-view';

export interface ReadDocumentArgs {
  /** A `file:` URI of a .docx, .pdf or .html file. */
  readonly uri: string;
}

/** The report text read from the file (tables as pipe tables), or why it could not be read. */
export type ReadDocumentResult = { readonly text: string } | { readonly error: string };

/** Custom notification the VS Code client shows as a language status item. */
export const STATUS_NOTIFICATION = 'govReport/status';

export interface StatusParams {
  readonly uri: string;
  /** False: not a report (or not checked) — the client hides the item. */
  readonly active: boolean;
  readonly text: string;
  readonly detail: string;
  readonly severity: 'error' | 'warning' | 'information';
}

export type TemplateChoice = TableId | 'report';

export interface TemplateChoiceItem {
  readonly id: TemplateChoice;
  readonly label: string;
  readonly description: string;
}

export interface InsertTemplateArgs {
  readonly uri: string;
  readonly position: { readonly line: number; readonly character: number };
  readonly choice: TemplateChoice;
}

export interface NewReportArgs {
  readonly year: number;
  readonly agency: string;
  /** `markdown` (default: `##` headings, pipe tables) or `plaintext`. */
  readonly flavour?: 'markdown' | 'plaintext';
}

export interface NewReportResult {
  readonly text: string;
  /** `某某县人民政府办公室2024年政府信息公开工作年度报告.report.md`: what Save offers. */
  readonly fileName: string;
}

export interface CheckFilesArgs {
  /** Files to check; without `text`, a `file:` URI is read from disk. */
  readonly files: readonly { readonly uri: string; readonly text?: string }[];
}

export interface CheckFilesResult {
  readonly checked: number;
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
  readonly message: string;
}

export interface WorkspaceCheckResult extends CheckFilesResult {
  /** Report files under the workspace folders. */
  readonly files: number;
  readonly cancelled: boolean;
  /** More files than the limit: only the first were checked. */
  readonly truncated: boolean;
}

/** The languages the client hands the server; the server decides itself which documents are reports. */
export const DOCUMENT_SELECTOR = [{ language: 'gov-report' }, { language: 'markdown' }, { language: 'plaintext' }, { scheme: VIEW_SCHEME }];
