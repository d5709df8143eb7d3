import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { isCheckWorker, serveChecks } from './background';
import { startServer } from './server';

// The same script is the server and, on a worker thread, the checker of big documents.
// The transport comes from argv, as the LSP clients pass it: --node-ipc (VS Code), --stdio, --socket=, --pipe=.
if (isCheckWorker()) serveChecks();
else startServer(createConnection(ProposedFeatures.all));
