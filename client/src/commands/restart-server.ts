/** `zonemail.restartServer`: stops and starts the language server (after a crash or a settings change). */
import * as vscode from 'vscode';
import type { ExtensionState } from '../state';

export async function restartServer(state: ExtensionState): Promise<void> {
  state.output.info('Restarting the Zonemail language server');
  try {
    await state.client.restart();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    state.output.error(`Restart failed: ${message}`);
    void vscode.window.showErrorMessage(`Zonemail: the language server could not be restarted (${message}).`);
  }
}
