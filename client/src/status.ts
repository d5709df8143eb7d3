import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';

const SEVERITY: Readonly<Record<StatusParams['severity'], vscode.LanguageStatusSeverity>> = {
  error: vscode.LanguageStatusSeverity.Error,
  warning: vscode.LanguageStatusSeverity.Warning,
  information: vscode.LanguageStatusSeverity.Information,
};

const ICON: Readonly<Record<StatusParams['severity'], string>> = {
  error: '$(error)',
  warning: '$(warning)',
  information: '$(check)',
};

/** The status bar item's id (tests and users' `workbench.statusBar` settings find it by this). */
export const STATUS_BAR_ITEM_ID = 'govReport.statusBar';

/**
 * Shows the server's status for the active report — year, format, error count — twice: in the status bar,
 * visible without hovering (as ESLint does), and as a language status item beside the language mode.
 * Nothing for other documents.
 */
export class ReportStatus implements vscode.Disposable {
  private readonly byUri = new Map<string, StatusParams>();
  private item: vscode.LanguageStatusItem | undefined;
  private readonly bar: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.bar = vscode.window.createStatusBarItem(STATUS_BAR_ITEM_ID, vscode.StatusBarAlignment.Right, 100);
    this.bar.name = vscode.l10n.t('Government information disclosure report');
    this.bar.command = 'workbench.actions.view.problems';
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
      this.bar.hide();
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
    this.bar.text = `${ICON[params.severity]} ${params.text}`;
    this.bar.tooltip = `${params.text} · ${params.detail}`;
    this.bar.show();
  }

  dispose(): void {
    this.item?.dispose();
    this.bar.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
