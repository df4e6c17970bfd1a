/**
 * `zonemail.openExample`: opens the example zone shipped with the extension as a new untitled
 * `dns-zone` document, so that its diagnostics, hovers and quick fixes can be tried without
 * touching a file (used by the walkthrough).
 */
import * as vscode from 'vscode';
import type { ExtensionState } from '../state';
import { EXAMPLE_ZONE } from '../paths';
import { LANGUAGE_ID } from '../client';

export async function openExample(state: ExtensionState): Promise<void> {
  const file = vscode.Uri.joinPath(state.extensionUri, EXAMPLE_ZONE);
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
  await vscode.window.showTextDocument(document);
}
