// Names shared with the server (server/src/lsp/commands.ts, status.ts); a server test checks they agree.

/** Server commands, sent with workspace/executeCommand. */
export const SERVER_COMMANDS = {
  templateChoices: 'govReport.server.templateChoices',
  insertTemplate: 'govReport.server.insertTemplate',
  newReport: 'govReport.server.newReport',
  checkFiles: 'govReport.server.checkFiles',
  checkWorkspace: 'govReport.server.checkWorkspace',
} as const;

/** Notification carrying a document's language status. */
export const STATUS_NOTIFICATION = 'govReport/status';

export interface StatusParams {
  readonly uri: string;
  readonly active: boolean;
  readonly text: string;
  readonly detail: string;
  readonly severity: 'error' | 'warning' | 'information';
}

export interface TemplateChoiceItem {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

export interface CheckFilesResult {
  readonly checked: number;
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
  readonly message: string;
}

export interface WorkspaceCheckResult extends CheckFilesResult {
  readonly files: number;
  readonly cancelled: boolean;
  readonly truncated: boolean;
}

/** The languages the server is given; it decides itself which documents are reports. */
export const DOCUMENT_SELECTOR = [{ language: 'gov-report' }, { language: 'markdown' }, { language: 'plaintext' }];
