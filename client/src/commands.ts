import * as vscode from 'vscode';
import { decodeBytes } from '../../server/src/shared/decode';
import { REPORT_GLOB } from '../../server/src/shared/report-extensions';
import { ExecuteCommandRequest, WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import {
  SERVER_COMMANDS, type CheckFilesArgs, type CheckFilesResult, type InsertTemplateArgs, type NewReportArgs, type NewReportResult, type TemplateChoiceItem,
  type WorkspaceCheckResult,
} from '../../server/src/lsp/protocol';

const ask = <T>(client: LanguageClient, command: string, ...args: unknown[]): Promise<T> =>
  client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** 插入现行格式表格: pick 表二/表三/表四/整份报告; the server renders it in the document's style and inserts it. */
export async function insertTemplate(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a report first.'));
    return;
  }
  const choices = await ask<TemplateChoiceItem[]>(client, SERVER_COMMANDS.templateChoices);
  const picked = await vscode.window.showQuickPick(
    choices.map((c) => ({ label: c.label, description: c.description, id: c.id })),
    { placeHolder: vscode.l10n.t('Which part of the 2021 format (in force)?') },
  );
  if (!picked) return;
  try {
    await ask(client, SERVER_COMMANDS.insertTemplate, {
      uri: client.code2ProtocolConverter.asUri(editor.document.uri),
      position: client.code2ProtocolConverter.asPosition(editor.selection.active),
      choice: picked.id,
    } satisfies InsertTemplateArgs);
  } catch (e) {
    void vscode.window.showErrorMessage(errorText(e));
  }
}

const exists = async (uri: vscode.Uri): Promise<boolean> => {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
};

/**
 * An untitled document named `fileName` in the first workspace folder (what Save offers), or
 * `fileName (2)`… when a file or an open document has that name already.
 */
async function untitledUri(fileName: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const dot = fileName.indexOf('.report.');
  for (let n = 1; ; n++) {
    const name = n === 1 ? fileName : `${fileName.slice(0, dot)} (${n})${fileName.slice(dot)}`;
    const onDisk = folder ? vscode.Uri.joinPath(folder, name) : undefined;
    const uri = vscode.Uri.from({ scheme: 'untitled', path: onDisk?.path ?? name });
    const taken = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()) || (onDisk !== undefined && await exists(onDisk));
    if (!taken) return uri;
  }
}

/** 新建政府信息公开年度报告: a skeleton for a year and agency, in a new untitled report named after them. */
export async function newReport(client: LanguageClient): Promise<void> {
  const year = await vscode.window.showInputBox({
    title: vscode.l10n.t('New annual report'),
    prompt: vscode.l10n.t('Report year'),
    value: String(new Date().getFullYear() - 1),
    validateInput: (v) => (/^\d{4}$/.test(v.trim()) ? undefined : vscode.l10n.t('A four-digit year, e.g. 2024')),
  });
  if (year === undefined) return;
  const agency = await vscode.window.showInputBox({
    title: vscode.l10n.t('New annual report'),
    prompt: vscode.l10n.t('Agency name'),
    placeHolder: vscode.l10n.t('e.g. 某某市人民政府办公室'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('The agency name is required')),
  });
  if (agency === undefined) return;
  try {
    const { text, fileName } = await ask<NewReportResult>(client, SERVER_COMMANDS.newReport, { year: Number(year.trim()), agency: agency.trim() } satisfies NewReportArgs);
    const document = await vscode.workspace.openTextDocument(await untitledUri(fileName));
    if (document.languageId !== 'gov-report') await vscode.languages.setTextDocumentLanguage(document, 'gov-report');
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
  } catch (e) {
    void vscode.window.showErrorMessage(errorText(e));
  }
}

const MAX_FILES = 5000;
const MAX_BYTES = 5 * 1024 * 1024;

interface Totals { checked: number; skipped: number; errors: number; warnings: number }

const add = (total: Totals, r: CheckFilesResult): void => {
  total.checked += r.checked;
  total.skipped += r.skipped;
  total.errors += r.errors;
  total.warnings += r.warnings;
};

/** The report files of folders the server cannot read itself (virtual workspaces): read here and sent in one call, so that years link up. */
async function checkSentFiles(client: LanguageClient, folders: readonly vscode.WorkspaceFolder[], token: vscode.CancellationToken): Promise<CheckFilesResult | undefined> {
  const files: { uri: string; text: string }[] = [];
  for (const folder of folders) {
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, REPORT_GLOB), '**/{node_modules,.git}/**', MAX_FILES, token);
    for (const uri of uris) {
      if (token.isCancellationRequested) return undefined;
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        // Decoded as the server decodes files on disk (BOMs, UTF-16, GB18030); binary files are not reports.
        const decoded = bytes.byteLength <= MAX_BYTES ? decodeBytes(bytes) : undefined;
        if (decoded && 'text' in decoded) files.push({ uri: client.code2ProtocolConverter.asUri(uri), text: decoded.text });
      } catch {
        // unreadable: not checked
      }
    }
  }
  return client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.checkFiles, arguments: [{ files } satisfies CheckFilesArgs] }, token) as Promise<CheckFilesResult>;
}

let progressTokens = 0;

/**
 * 检查工作区中的全部年报: the server checks every report file under the workspace folders, opened
 * or not, each against last year's report of its agency, and publishes the diagnostics. Its progress
 * is shown here in a notification whose Cancel cancels the request (and so stops the work).
 */
export async function checkWorkspace(client: LanguageClient): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first.'));
    return;
  }
  const total: Totals = { checked: 0, skipped: 0, errors: 0, warnings: 0 };
  let cancelled = false;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking annual reports'), cancellable: true },
    async (progress, token) => {
      try {
        if (folders.some((f) => f.uri.scheme === 'file')) {
          const workDoneToken = `govReport.checkWorkspace.${process.pid}.${++progressTokens}`;
          let shown = 0;
          const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
            if (value.kind === 'end') return;
            const increment = value.percentage !== undefined ? Math.max(0, value.percentage - shown) : 0;
            shown += increment;
            progress.report({ ...(value.message !== undefined ? { message: value.message } : {}), increment });
          });
          try {
            const result = await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.checkWorkspace, arguments: [], workDoneToken }, token) as WorkspaceCheckResult;
            add(total, result);
            cancelled ||= result.cancelled;
          } finally {
            listening.dispose();
          }
        }
        const elsewhere = folders.filter((f) => f.uri.scheme !== 'file');
        if (elsewhere.length > 0 && !token.isCancellationRequested) {
          const result = await checkSentFiles(client, elsewhere, token);
          if (result) add(total, result);
        }
      } catch (e) {
        if (!token.isCancellationRequested) void vscode.window.showErrorMessage(errorText(e));
      }
      cancelled ||= token.isCancellationRequested;
    },
  );
  const summary = vscode.l10n.t(
    'Checked {0} reports ({1} other files skipped): {2} errors, {3} warnings.',
    total.checked, total.skipped, total.errors, total.warnings,
  );
  void vscode.window.showInformationMessage(cancelled ? `${vscode.l10n.t('Cancelled.')} ${summary}` : summary);
  if (total.checked > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
}
