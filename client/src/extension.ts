import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { checkWorkspace, insertTemplate, newReport } from './commands';
import { DOCUMENT_SELECTOR } from '../../server/src/lsp/protocol';
import { ReportStatus } from './status';
import { convertToMarkdown, DocumentViewProvider, openDocumentView } from './document-view';
import { VIEW_SCHEME } from '../../server/src/lsp/protocol';

let client: LanguageClient | undefined;

/** Starts the language server (dist/server.js over IPC) and registers the commands that ask it. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'govReport' },
    initializationOptions: { locale: vscode.env.language },
  };
  client = new LanguageClient('govReport', vscode.l10n.t('Government information disclosure report'), serverOptions, clientOptions);
  const c = client;
  context.subscriptions.push(
    new ReportStatus(c),
    vscode.commands.registerCommand('govReport.insertTemplate', () => insertTemplate(c)),
    vscode.commands.registerCommand('govReport.newReport', () => newReport(c)),
    vscode.commands.registerCommand('govReport.checkWorkspace', () => checkWorkspace(c)),
    vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, new DocumentViewProvider(c)),
    vscode.commands.registerCommand('govReport.checkFile', (uri: unknown) => openDocumentView(uri)),
    vscode.commands.registerCommand('govReport.convertToMarkdown', (uri: unknown) => convertToMarkdown(c, uri)),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
