import {
  CancellationTokenSource, CodeLensRefreshRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind, ExecuteCommandRequest, LSPErrorCodes, MessageType, ResponseError, ShowMessageNotification,
  TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type Connection, type InitializeParams, type InitializeResult, type ProgressToken,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CODE_ACTION_KINDS, codeActions } from './code-actions';
import { codeLenses } from './code-lens';
import { executeCommand } from './commands';
import { SERVER_COMMANDS, STATUS_NOTIFICATION } from './protocol';
import { toDiagnostics } from './diagnostics';
import { AnalysisStore } from './analysis-store';
import { foldingRanges } from './folding';
import { hover } from './hover';
import { inlayHints } from './inlay-hints';
import { localeFromEditor } from './messages';
import { describeProblems, resolveSettings, type Settings } from './settings';
import { statusOf } from './status';
import { documentSymbols, flatSymbols } from './symbols';
import { Workspace } from './workspace';
import type { ProgressSink } from './workspace-check';
import { READABLE_GLOB } from './workspace-files';
import { onProjectConfigProblem } from './project-config';
import type { Locale } from '../core/findings';

const SECTION = 'govReport';

interface ClientSupport {
  configuration: boolean;
  configurationRegistration: boolean;
  hierarchicalSymbols: boolean;
  codeLensRefresh: boolean;
  inlayHintRefresh: boolean;
  workDoneProgress: boolean;
  watchedFilesRegistration: boolean;
  workspaceFolders: boolean;
  /** textDocument/diagnostic with workspace/diagnostic/refresh: open documents' diagnostics are pulled, not pushed. */
  pullDiagnostics: boolean;
}

const NO_PROGRESS: ProgressSink = { begin: () => undefined, report: () => undefined, done: () => undefined };

/** A token cancelled when any of the given ones is. */
function anyOf(...tokens: CancellationToken[]): CancellationToken {
  const source = new CancellationTokenSource();
  for (const t of tokens) {
    if (t.isCancellationRequested) source.cancel();
    else t.onCancellationRequested(() => source.cancel());
  }
  return source.token;
}

/** The workspace folders an initialize request names (`workspaceFolders`, else the older `rootUri`). */
function foldersOf(params: InitializeParams): string[] {
  if (params.workspaceFolders) return params.workspaceFolders.map((f) => f.uri);
  return params.rootUri ? [params.rootUri] : [];
}

/** Sends without waiting; a client that went away must not take the server down with an unhandled rejection. */
const quietly = (promise: Promise<unknown>): void => {
  promise.catch(() => undefined);
};

const settingsOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[SECTION] : undefined;

/** Wires every feature to a connection, whatever its transport (IPC, stdio, in-memory streams in tests). */
export function startServer(connection: Connection): void {
  onProjectConfigProblem((message) => quietly(connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message })));
  const documents = new TextDocuments(TextDocument);
  const support: ClientSupport = {
    configuration: false, configurationRegistration: false, hierarchicalSymbols: false, codeLensRefresh: false, inlayHintRefresh: false,
    workDoneProgress: false, watchedFilesRegistration: false, workspaceFolders: false, pullDiagnostics: false,
  };
  let editorLocale: Locale = 'zh-CN';
  let pushedSettings: unknown;
  let settings: Settings = resolveSettings(undefined, editorLocale).settings;
  let lastProblemMessage = '';

  let folders: string[] = [];
  const store = new AnalysisStore(documents, () => settings, (document, analysis) => {
    workspace.noteAnalysis(document, analysis);
    if (!support.pullDiagnostics) quietly(connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: toDiagnostics(analysis) }));
    quietly(connection.sendNotification(STATUS_NOTIFICATION, statusOf(document.uri, analysis)));
  });
  const workspace = new Workspace({
    documents, store, settings: () => settings,
    publish: (uri, analysis) => quietly(connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(analysis) })),
  });
  store.usePredecessors(workspace);
  let refreshPending = false;
  store.onRechecked(() => {
    if (!support.pullDiagnostics || refreshPending) return;
    refreshPending = true;
    setImmediate(() => {
      refreshPending = false;
      quietly(connection.sendRequest('workspace/diagnostic/refresh'));
    });
  });

  /** A command's progress: the client's token when it sent one (cancelled with the request), else one the server creates (cancellable). */
  async function progressFor(workDoneToken: ProgressToken | undefined, token: CancellationToken): Promise<{ sink: ProgressSink; token: CancellationToken }> {
    if (workDoneToken !== undefined) return { sink: connection.window.attachWorkDoneProgress(workDoneToken), token };
    if (support.workDoneProgress) {
      try {
        const reporter = await connection.window.createWorkDoneProgress();
        return { sink: reporter, token: anyOf(token, reporter.token) };
      } catch {
        // The client refused the progress: the work goes on without it.
      }
    }
    return { sink: NO_PROGRESS, token };
  }

  async function loadSettings(): Promise<void> {
    let raw: unknown = pushedSettings;
    if (support.configuration) {
      try {
        [raw] = await connection.workspace.getConfiguration([{ section: SECTION }]) as unknown[];
      } catch {
        raw = pushedSettings;
      }
    }
    const { settings: next, problems } = resolveSettings(raw, editorLocale);
    settings = next;
    const message = problems.length > 0 ? describeProblems(problems, settings.locale) : '';
    // One message per distinct set of problems, not one per keystroke in settings.json.
    if (message && message !== lastProblemMessage) quietly(connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
    lastProblemMessage = message;
    store.recheckAll();
    workspace.settingsChanged();
    if (support.codeLensRefresh) quietly(connection.sendRequest(CodeLensRefreshRequest.type));
    if (support.inlayHintRefresh) quietly(connection.languages.inlayHint.refresh());
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    support.configuration = caps.workspace?.configuration === true;
    support.configurationRegistration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    support.hierarchicalSymbols = caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    support.codeLensRefresh = caps.workspace?.codeLens?.refreshSupport === true;
    support.inlayHintRefresh = caps.workspace?.inlayHint?.refreshSupport === true;
    support.workDoneProgress = caps.window?.workDoneProgress === true;
    support.watchedFilesRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    support.workspaceFolders = caps.workspace?.workspaceFolders === true;
    support.pullDiagnostics = caps.textDocument?.diagnostic !== undefined && caps.workspace?.diagnostics?.refreshSupport === true;
    folders = foldersOf(params);
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    editorLocale = localeFromEditor(init?.locale) ?? localeFromEditor(params.locale) ?? 'zh-CN';
    pushedSettings = settingsOf(init?.settings) ?? init?.settings;
    settings = resolveSettings(pushedSettings, editorLocale).settings;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        // Last year's report changing is announced with workspace/diagnostic/refresh, so the client need not re-pull on every edit elsewhere.
        ...(support.pullDiagnostics ? { diagnosticProvider: { identifier: 'gov-report', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'gov-report', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (support.configurationRegistration) {
      quietly(connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }));
    }
    // Last year's report may be a file nobody opened: the server watches the workspace's report files (documents too).
    if (support.watchedFilesRegistration) {
      quietly(connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: READABLE_GLOB }] }));
    }
    if (support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
        quietly(workspace.setRoots(folders));
      });
    }
    quietly(loadSettings());
    quietly(workspace.setRoots(folders));
  });

  connection.onDidChangeWatchedFiles((params) => quietly(workspace.filesChanged(params.changes)));

  connection.onDidChangeConfiguration((change) => {
    const pushed = settingsOf(change.settings);
    if (pushed !== undefined) pushedSettings = pushed;
    quietly(loadSettings());
  });

  documents.onDidOpen((e) => {
    // Pulled from now on: what the workspace check pushed for the file would show twice.
    if (support.pullDiagnostics && workspace.isPublished(e.document.uri)) quietly(connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
    store.opened(e.document);
  });
  documents.onDidChangeContent((e) => store.changed(e.document));
  documents.onDidClose((e) => {
    store.closed(e.document.uri);
    // A file the workspace check published keeps its diagnostics (from the file on disk); others are cleared.
    if (!workspace.closed(e.document.uri)) quietly(connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
    quietly(connection.sendNotification(STATUS_NOTIFICATION, statusOf(e.document.uri, undefined)));
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const checked = await store.settled(params.textDocument.uri, token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    const resultId = checked ? String(checked.serial) : '';
    if (checked && params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, ...(checked ? { resultId } : {}), items: toDiagnostics(checked?.analysis) };
  });
  connection.onHover((params) => hover(store.get(params.textDocument.uri), params));
  connection.onCodeAction((params) => codeActions(store.get(params.textDocument.uri), params));
  connection.onDocumentSymbol((params) => {
    const analysis = store.get(params.textDocument.uri);
    return support.hierarchicalSymbols ? documentSymbols(analysis) : flatSymbols(analysis);
  });
  connection.onFoldingRanges((params) => foldingRanges(store.get(params.textDocument.uri)));
  connection.onCodeLens((params) => codeLenses(store.get(params.textDocument.uri)));
  connection.languages.inlayHint.on((params) => inlayHints(store.get(params.textDocument.uri), params));
  // As onExecuteCommand, but seeing the client's workDoneToken (the library's handler takes it away).
  connection.onRequest(ExecuteCommandRequest.type, (params, token) => executeCommand(
    { connection, documents, store, workspace, settings: () => settings, progress: () => progressFor(params.workDoneToken, token) },
    params.command,
    params.arguments ?? [],
  ));
  connection.onShutdown(() => {
    store.dispose();
    workspace.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
