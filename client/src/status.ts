import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';

const SEVERITY: Readonly<Record<StatusParams['severity'], vscode.LanguageStatusSeverity>> = {
  error: vscode.LanguageStatusSeverity.Error,
  warning: vscode.LanguageStatusSeverity.Warning,
  information: vscode.LanguageStatusSeverity.Information,
};

/** Shows the server's status text for the active report; nothing for other documents. */
export class ReportStatus implements vscode.Disposable {
  private readonly byUri = new Map<string, StatusParams>();
  private item: vscode.LanguageStatusItem | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
        if (params.active) this.byUri.set(params.uri, params);
        else this.byUri.delete(params.uri);
        this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const params = document ? this.byUri.get(this.client.code2ProtocolConverter.asUri(document.uri)) : undefined;
    if (!params) {
      this.item?.dispose();
      this.item = undefined;
      return;
    }
    if (!this.item) {
      this.item = vscode.languages.createLanguageStatusItem('govReport.status', DOCUMENT_SELECTOR);
      this.item.name = vscode.l10n.t('Government information disclosure report');
      this.item.command = { title: vscode.l10n.t('Problems'), command: 'workbench.actions.view.problems' };
    }
    this.item.text = params.text;
    this.item.detail = params.detail;
    this.item.severity = SEVERITY[params.severity];
  }

  dispose(): void {
    this.item?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
