/** `zonemail.compareLive`: compares the records of the active file with live DNS (diagnostics and CodeLenses). */
import * as vscode from 'vscode';
import { compareView, type FileComparison } from '../live/compare-view';
import { runLive } from '../live/request';
import type { ExtensionState } from '../state';

export async function compareLive(state: ExtensionState): Promise<FileComparison | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Zonemail: open a zone file to compare it with live DNS.');
    return undefined;
  }
  const result = await runLive<FileComparison>(state, `Zonemail: comparing ${vscode.workspace.asRelativePath(document.uri)} with live DNS`, 'zonemail.live.compareFile', { uri: document.uri.toString() });
  if (!result) return undefined;
  compareView().show(result);
  const count = (s: string) => result.records.filter((r) => r.status === s).length;
  void vscode.window.showInformationMessage(`Zonemail: ${count('match')} match, ${count('differs')} differ, ${count('missing')} not published, ${result.extra.length} only in live DNS.`);
  return result;
}
