/** Starts the language server on the transport named in the command line (`--stdio`, `--node-ipc`). */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

export function runServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  startServer(connection);
}
