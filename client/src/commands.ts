import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { SERVER_COMMANDS, type CheckFilesResult, type TemplateChoiceItem } from './protocol';

const ask = <T>(client: LanguageClient, command: string, ...args: unknown[]): Promise<T> =>
  client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** 插入2023年标准表格: pick 表二/表三/表四/整份报告; the server renders it in the document's style and inserts it. */
export async function insertTemplate(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a report first.'));
    return;
  }
  const choices = await ask<TemplateChoiceItem[]>(client, SERVER_COMMANDS.templateChoices);
  const picked = await vscode.window.showQuickPick(
    choices.map((c) => ({ label: c.label, description: c.description, id: c.id })),
    { placeHolder: vscode.l10n.t('Which part of the 2023 template?') },
  );
  if (!picked) return;
  try {
    await ask(client, SERVER_COMMANDS.insertTemplate, {
      uri: client.code2ProtocolConverter.asUri(editor.document.uri),
      position: client.code2ProtocolConverter.asPosition(editor.selection.active),
      choice: picked.id,
    });
  } catch (e) {
    void vscode.window.showErrorMessage(errorText(e));
  }
}

/** 新建政府信息公开年度报告: a skeleton for a year and agency, in a new untitled report. */
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
    const { text } = await ask<{ text: string }>(client, SERVER_COMMANDS.newReport, { year: Number(year.trim()), agency: agency.trim() });
    const document = await vscode.workspace.openTextDocument({ language: 'gov-report', content: text });
    await vscode.window.showTextDocument(document);
  } catch (e) {
    void vscode.window.showErrorMessage(errorText(e));
  }
}

const BATCH = 50;
const MAX_FILES = 5000;
const MAX_BYTES = 2 * 1024 * 1024;

/** 检查工作区中的全部年报: send the workspace's text files to the server, which checks the reports among them. */
export async function checkWorkspace(client: LanguageClient): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first.'));
    return;
  }
  const uris = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', '**/{node_modules,.git}/**', MAX_FILES);
  const decoder = new TextDecoder('utf-8');
  const total = { checked: 0, skipped: 0, errors: 0, warnings: 0 };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking annual reports'), cancellable: true },
    async (progress, token) => {
      for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
        const files: { uri: string; text: string }[] = [];
        for (const uri of uris.slice(i, i + BATCH)) {
          try {
            const bytes = await vscode.workspace.fs.readFile(uri);
            if (bytes.byteLength > MAX_BYTES) { total.skipped++; continue; }
            files.push({ uri: client.code2ProtocolConverter.asUri(uri), text: decoder.decode(bytes) });
          } catch {
            total.skipped++;
          }
        }
        const result = await ask<CheckFilesResult>(client, SERVER_COMMANDS.checkFiles, { files });
        total.checked += result.checked;
        total.skipped += result.skipped;
        total.errors += result.errors;
        total.warnings += result.warnings;
        progress.report({ increment: (files.length / Math.max(1, uris.length)) * 100 });
      }
    },
  );
  void vscode.window.showInformationMessage(vscode.l10n.t(
    'Checked {0} reports ({1} other files skipped): {2} errors, {3} warnings.',
    total.checked, total.skipped, total.errors, total.warnings,
  ));
  if (total.checked > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
}
