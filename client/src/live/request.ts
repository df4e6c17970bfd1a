/**
 * Runs a live command of the server under a progress notification the user can cancel, and
 * keeps the raw answers in the output channel. The server does the work; this only presents.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import type { ExtensionState } from '../state';

export async function runLive<T>(state: ExtensionState, title: string, command: string, argument: object): Promise<T | undefined> {
  try {
    return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_progress, token) => {
      const result = (await state.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [argument] }, token)) as T;
      if (token.isCancellationRequested) return undefined;
      state.output.info(`${command} ${JSON.stringify(argument)}:\n${JSON.stringify(result, null, 2)}`);
      return result;
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    state.output.error(`${command} failed: ${message}`);
    void vscode.window.showErrorMessage(`Zonemail: ${message}`);
    return undefined;
  }
}

/** The zone origin of the active editor's file: `$ORIGIN`, else the SOA owner, else its name. */
export function activeOrigin(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return undefined;
  const text = document.getText();
  const origin = /^\$ORIGIN[ \t]+(\S+)/im.exec(text)?.[1];
  if (origin) return origin.replace(/\.$/, '');
  const soa = /^([A-Za-z0-9._-]+\.)[ \t]+(?:\d+[ \t]+)?(?:IN[ \t]+)?SOA\b/im.exec(text)?.[1];
  if (soa) return soa.replace(/\.$/, '');
  const base = document.uri.path.split('/').pop() ?? '';
  const name = base.replace(/^db\./, '').replace(/\.(zone|dns)$/, '');
  return name.includes('.') ? name : undefined;
}
