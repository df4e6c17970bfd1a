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

/**
 * What `activate` returns (`vscode.extensions.getExtension('zonemail.zonemail').exports`): only
 * start-up timings, read by the end-to-end suite to measure activation → first diagnostics.
 */
export interface ZonemailApi {
  readonly timings: ActivationTimings;
}

/**
 * Milliseconds since the Unix epoch, to a fraction of a millisecond (`performance.timeOrigin +
 * performance.now()`, so that another process of the same machine can compare them).
 */
export interface ActivationTimings {
  /** The first statement of `activate`. */
  readonly activateStart: number;
  /** When the language client had started (the server answered `initialize`); unset if it did not. */
  serverReady?: number;
}

const now = (): number => performance.timeOrigin + performance.now();

export async function activate(context: vscode.ExtensionContext): Promise<ZonemailApi> {
  const timings: ActivationTimings = { activateStart: now() };
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
    timings.serverReady = now();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.error(`The language server did not start: ${message}`);
    void vscode.window.showErrorMessage(`Zonemail: the language server did not start (${message}).`);
  }
  return { timings };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
