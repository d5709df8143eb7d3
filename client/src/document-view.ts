import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { SERVER_COMMANDS, VIEW_SCHEME, type ReadDocumentArgs, type ReadDocumentResult } from '../../server/src/lsp/protocol';

const readDocument = (client: LanguageClient, file: vscode.Uri): Promise<ReadDocumentResult> =>
  client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.readDocument, arguments: [{ uri: file.toString() } satisfies ReadDocumentArgs] }) as Promise<ReadDocumentResult>;

/** The read-only view of a file: its path plus `.report.md` (so it opens as a report), the file's URI in the query. */
export const viewUriOf = (file: vscode.Uri): vscode.Uri => vscode.Uri.from({ scheme: VIEW_SCHEME, path: `${file.path}.report.md`, query: file.toString() });

/** The file a command was given: the Explorer's selection, else the file shown in the active tab (a PDF shows no text editor). */
function targetFile(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as { uri?: unknown } | undefined;
  if (input?.uri instanceof vscode.Uri) return input.uri.scheme === VIEW_SCHEME ? vscode.Uri.parse(input.uri.query) : input.uri;
  return vscode.window.activeTextEditor?.document.uri;
}

/** Serves `gov-report-view:` documents: the text the server reads from the .docx/.pdf/.html file. */
export class DocumentViewProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const read = await readDocument(this.client, vscode.Uri.parse(uri.query));
    if ('error' in read) {
      void vscode.window.showErrorMessage(read.error);
      return '';
    }
    return read.text;
  }

  refresh(file: vscode.Uri): void {
    this.changed.fire(viewUriOf(file));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** 检查此年报文件: opens the read-only view of a .docx/.pdf/.html report, checked like any report. */
export async function openDocumentView(arg: unknown): Promise<void> {
  const file = targetFile(arg);
  if (!file) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select a .docx, .pdf or .html report first.'));
    return;
  }
  const document = await vscode.workspace.openTextDocument(viewUriOf(file));
  await vscode.window.showTextDocument(document, { preview: false });
}

/** 转为可编辑的 Markdown 年报: writes `<name>.report.md` beside the file (tables as pipe tables) and opens it. */
export async function convertToMarkdown(client: LanguageClient, arg: unknown): Promise<void> {
  const file = targetFile(arg);
  if (!file) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select a .docx, .pdf or .html report first.'));
    return;
  }
  const read = await readDocument(client, file);
  if ('error' in read) {
    void vscode.window.showErrorMessage(read.error);
    return;
  }
  const name = path.posix.basename(file.path, path.posix.extname(file.path));
  const target = vscode.Uri.joinPath(file, '..', `${name}.report.md`);
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (exists) {
    const overwrite = vscode.l10n.t('Overwrite');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} exists. Overwrite it?', path.posix.basename(target.path)), { modal: true }, overwrite);
    if (answer !== overwrite) return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(read.text));
  await vscode.window.showTextDocument(target);
}
