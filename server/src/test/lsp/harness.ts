import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest, ConfigurationRequest, createConnection, DiagnosticRefreshRequest, createProtocolConnection, DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
  LogMessageNotification, ProposedFeatures, PublishDiagnosticsNotification, RegistrationRequest, ShowMessageNotification, ShutdownRequest,
  StreamMessageReader, StreamMessageWriter, WorkDoneProgress, WorkDoneProgressCreateRequest,
  type ApplyWorkspaceEditParams, type ClientCapabilities, type InitializeResult, type ProgressToken, type ProtocolConnection,
  type PublishDiagnosticsParams, type Registration, type ShowMessageParams, type TextDocumentContentChangeEvent, type WorkDoneProgressBegin,
  type WorkDoneProgressEnd, type WorkDoneProgressReport,
} from 'vscode-languageserver/node';
import { startServer } from '../../lsp/server';
import { STATUS_NOTIFICATION, type StatusParams } from '../../lsp/protocol';

export const REPO_ROOT = resolve(__dirname, '../../../..');
export const SEEDS_DIR = join(REPO_ROOT, 'test-fixtures', 'seeds');
export const seedText = (name: string): string => readFileSync(join(SEEDS_DIR, name), 'utf8');
export const seedUri = (name: string): string => pathToFileURL(join(SEEDS_DIR, name)).toString();

/**
 * A guard against a server that never answers: a failure with a reason instead of a hung suite. Not a
 * budget: on a loaded machine a 10 MB check takes far longer than on an idle one, and must still pass.
 */
const TIMEOUT_MS = 120_000;

interface Waiter<T> {
  readonly predicate: (value: T) => boolean;
  readonly resolve: (value: T) => void;
}

/** Notifications of one kind: every one kept, and promises for the next that matches. */
class Channel<T> {
  readonly all: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(value: T): void {
    this.all.push(value);
    const matched = this.waiters.filter((w) => w.predicate(value));
    this.waiters = this.waiters.filter((w) => !matched.includes(w));
    for (const w of matched) w.resolve(value);
  }

  /** The next value (arriving after this call) that matches; rejects after the guard timeout. */
  next(predicate: (value: T) => boolean, what: string): Promise<T> {
    return new Promise<T>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for ${what}`));
      }, TIMEOUT_MS);
      const waiter: Waiter<T> = {
        predicate,
        resolve: (value) => {
          clearTimeout(timer);
          resolvePromise(value);
        },
      };
      this.waiters.push(waiter);
    });
  }
}

export interface HarnessOptions {
  /** What the client answers for `workspace/configuration` of `govReport` (mutable through `harness.settings`). */
  readonly settings?: unknown;
  readonly locale?: string;
  readonly initializationOptions?: unknown;
  /** Spawn `node <server> --stdio` instead of running the server in this process. */
  readonly spawnServer?: string;
  readonly capabilities?: ClientCapabilities;
  /** Workspace folder URIs sent with initialize. */
  readonly workspaceFolders?: readonly string[];
}

/** A `$/progress` value the server sent for a progress it created. */
export interface ProgressEvent {
  readonly token: ProgressToken;
  readonly value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
}

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true, applyEdit: true, didChangeConfiguration: { dynamicRegistration: true }, codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true },
    didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: true },
    inlayHint: {},
    codeLens: {},
  },
  window: { workDoneProgress: true },
};

/** A client connection to the real server, recording what the server sends. */
export class Harness {
  readonly diagnostics = new Channel<PublishDiagnosticsParams>();
  readonly messages = new Channel<ShowMessageParams>();
  readonly configurationRequests = new Channel<unknown>();
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly status = new Channel<StatusParams>();
  readonly registrations = new Channel<Registration>();
  readonly progress = new Channel<ProgressEvent>();
  /** workspace/diagnostic/refresh requests (pull clients). */
  readonly diagnosticRefreshes = new Channel<null>();
  settings: unknown;
  initializeResult!: InitializeResult;

  private constructor(readonly client: ProtocolConnection, private readonly child?: ChildProcess) {}

  /** The spawned server's process id (spawnServer only). */
  get serverPid(): number | undefined {
    return this.child?.pid;
  }

  static async start(options: HarnessOptions = {}): Promise<Harness> {
    let client: ProtocolConnection;
    let child: ChildProcess | undefined;
    if (options.spawnServer) {
      child = spawn(process.execPath, [options.spawnServer, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
      client = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    } else {
      const toServer = new PassThrough();
      const toClient = new PassThrough();
      // Reader/writer objects, not raw streams: with raw streams the library exits the process when they close.
      startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
      client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    }
    const harness = new Harness(client, child);
    harness.settings = options.settings ?? {};
    client.onNotification(PublishDiagnosticsNotification.type, (p) => harness.diagnostics.push(p));
    client.onNotification(ShowMessageNotification.type, (p) => harness.messages.push(p));
    client.onNotification(LogMessageNotification.type, () => undefined);
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => harness.status.push(params));
    client.onRequest(ConfigurationRequest.type, (p) => {
      harness.configurationRequests.push(p);
      return p.items.map((item) => (item.section === 'govReport' ? harness.settings : null));
    });
    client.onRequest(RegistrationRequest.type, (p) => {
      for (const r of p.registrations) harness.registrations.push(r);
    });
    client.onRequest(WorkDoneProgressCreateRequest.type, (p) => {
      client.onProgress(WorkDoneProgress.type, p.token, (value) => harness.progress.push({ token: p.token, value }));
    });
    client.onRequest(DiagnosticRefreshRequest.type, () => harness.diagnosticRefreshes.push(null));
    client.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      harness.appliedEdits.push(p);
      return { applied: true };
    });
    client.listen();

    const configured = harness.configurationRequests.next(() => true, 'the first workspace/configuration request');
    harness.initializeResult = await client.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      workspaceFolders: options.workspaceFolders ? options.workspaceFolders.map((uri, i) => ({ uri, name: `folder${i + 1}` })) : null,
      capabilities: options.capabilities ?? CLIENT_CAPABILITIES,
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
    });
    await client.sendNotification(InitializedNotification.type, {});
    if ((options.capabilities ?? CLIENT_CAPABILITIES).workspace?.configuration) await configured;
    return harness;
  }

  /** Opens a document and resolves with its first diagnostics. */
  async open(uri: string, text: string, languageId = 'gov-report', version = 1): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics.next((p) => p.uri === uri && p.version === version, `diagnostics of ${uri} v${version}`);
    await this.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return published;
  }

  /** Sends changes; resolves with the diagnostics of the new version when `wait` is true. */
  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics.next((p) => p.uri === uri && p.version === version, `diagnostics of ${uri} v${version}`);
    await this.client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return published;
  }

  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: { govReport: settings } });
  }

  async dispose(): Promise<void> {
    if (this.child) {
      const exited = new Promise<number | null>((r) => this.child!.once('exit', (code) => r(code)));
      await this.client.sendRequest(ShutdownRequest.type);
      await this.client.sendNotification(ExitNotification.type);
      await exited;
    }
    this.client.dispose();
  }
}
