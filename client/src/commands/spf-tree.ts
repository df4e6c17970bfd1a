/** `zonemail.showSpfTree`: the SPF lookup tree of a domain (every include and redirect, with lookup counts). */
import * as vscode from 'vscode';
import { activeOrigin, runLive } from '../live/request';
import { showReport, spfTreeHtml, type SpfNode } from '../live/report-view';
import type { ExtensionState } from '../state';

export async function showSpfTree(state: ExtensionState): Promise<void> {
  const domain = await vscode.window.showInputBox({ title: 'Zonemail: SPF Lookup Tree', prompt: 'The domain whose SPF record to follow', value: activeOrigin() ?? '', ignoreFocusOut: true });
  if (!domain) return;
  const result = await runLive<{ domain: string; lookups: number; voidLookups: number; tree: SpfNode }>(state, `Zonemail: following the SPF record of ${domain}`, 'zonemail.live.spfTree', { domain });
  if (result) showReport(`Zonemail: SPF of ${result.domain}`, spfTreeHtml(`SPF of ${result.domain}: ${result.lookups} lookups (limit 10), ${result.voidLookups} void (limit 2)`, result.tree));
}
