/**
 * The extension's entry point: starts the Zonemail language server, registers the commands and
 * stops the server on deactivation. Everything else happens in the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLIENT_NAME, createClient } from './client';
import { registerCommands } from './commands';
import { restartServer } from './commands/restart-server';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);

  const started = createClient(context, output);
  client = started;
  const state = { client: started, output, extensionUri: context.extensionUri };
  registerCommands(context, state);

  // The server learns workspace trust at start-up; restart it when trust is granted so that
  // live checks become available without reloading the window.
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.info('Workspace trusted: restarting the language server');
      void restartServer(state);
    }),
  );

  try {
    await started.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.error(`The language server did not start: ${message}`);
    void vscode.window.showErrorMessage(`Zonemail: the language server did not start (${message}).`);
  }
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
