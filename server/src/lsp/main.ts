import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// The transport comes from argv, as the LSP clients pass it: --node-ipc (VS Code), --stdio, --socket=, --pipe=.
startServer(createConnection(ProposedFeatures.all));
