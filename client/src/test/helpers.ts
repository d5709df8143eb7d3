import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'gov-report.gov-report';

/** The workspace folder the runner opened (a temporary copy of test-fixtures/seeds). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e runner must open a workspace folder holding the seed reports');
  return folder.uri;
}

/** The seed whose file name starts with `prefix` (e.g. `000`), as it lies in the workspace. */
export async function seedUri(prefix: string): Promise<vscode.Uri> {
  const entries = await vscode.workspace.fs.readDirectory(workspaceRoot());
  const name = entries.map(([n]) => n).find((n) => n.startsWith(`${prefix}_`) && n.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix}_*.txt in the workspace`);
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Writes a file into the workspace and opens it. */
export async function openNew(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return open(uri);
}

export const ours = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gov-report');

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

export const codes = (ds: readonly vscode.Diagnostic[]): string[] => ds.map(codeOf);

/**
 * Resolves with the document's gov-report diagnostics once `accept` holds, checking now and on every
 * `onDidChangeDiagnostics` event for it; rejects after `timeoutMs` showing what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (ds: vscode.Diagnostic[]) => boolean,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let sub: vscode.Disposable | undefined;
    const finish = (): void => {
      sub?.dispose();
      clearTimeout(timer);
    };
    const check = (): boolean => {
      const ds = ours(uri);
      if (!accept(ds)) return false;
      finish();
      resolve(ds);
      return true;
    };
    const timer = setTimeout(() => {
      finish();
      const seen = ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line + 1}`).join(', ') || 'none';
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.path}; last seen: ${seen}`));
    }, timeoutMs);
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

/** The position of the last number on the first line containing `label` (a row's total in tab/pipe rows). */
export function lastNumberOnLine(doc: vscode.TextDocument, label: string): { position: vscode.Position; value: string } {
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineAt(line).text;
    if (!text.includes(label)) continue;
    const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)].filter((m) => (m.index ?? 0) > text.indexOf(label) + label.length);
    const last = numbers[numbers.length - 1];
    if (last?.index !== undefined) return { position: new vscode.Position(line, last.index), value: last[0] };
  }
  throw new Error(`no line with "${label}" followed by a number`);
}

/** The hovers' text, Markdown emphasis removed (`**77**` → `77`). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/\*\*/g, '');
}

/** Root hook: the extension is installed, activates, and publishes diagnostics for a seed. */
export async function extensionReady(this: Mocha.Context): Promise<void> {
  this.timeout(40_000);
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this editor`);
  await ext.activate();
  const editor = await open(await seedUri('000'));
  await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, 30_000);
}

/** Resolves once the server has analysed the document's current version (its outline has the sections). */
export async function analyzed(uri: vscode.Uri): Promise<void> {
  const symbols = await vscode.commands.executeCommand<unknown[]>('vscode.executeDocumentSymbolProvider', uri);
  if (!symbols || symbols.length === 0) throw new Error(`no outline for ${uri.path}: the server did not analyse it`);
}

export interface CliDiagnostic {
  readonly code: string;
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
}

/** What `gov-report check --format json` (the CLI of the extension under test) finds in a file. */
export function cliDiagnostics(uri: vscode.Uri): CliDiagnostic[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  const r = spawnSync(process.execPath, [path.join(ext.extensionPath, 'bin', 'gov-report.js'), 'check', '--format', 'json', uri.fsPath], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, // under test-electron, execPath is Electron
    timeout: 30_000,
  });
  const files = JSON.parse(r.stdout) as { diagnostics: CliDiagnostic[] }[];
  return files.flatMap((f) => f.diagnostics);
}

/** `GR201@93:1`, sorted: a comparable picture of a set of findings. */
export function fingerprint(items: readonly { code: string; line: number; character: number }[]): string[] {
  return items.map((i) => `${i.code}@${i.line + 1}:${i.character + 1}`).sort();
}

/** The same picture of what the editor shows. */
export const fingerprintOf = (ds: readonly vscode.Diagnostic[]): string[] =>
  fingerprint(ds.map((d) => ({ code: codeOf(d), line: d.range.start.line, character: d.range.start.character })));

/** What the CLI finds in a file, as a fingerprint. */
export const cliFingerprint = (uri: vscode.Uri): string[] => fingerprint(cliDiagnostics(uri).map((d) => ({ code: d.code, ...d.range.start })));
