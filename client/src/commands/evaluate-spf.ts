/** `zonemail.evaluateSpf`: evaluates a domain's SPF policy for a client IP (and optional sender) and shows the result and the tree. */
import * as vscode from 'vscode';
import { activeOrigin, runLive } from '../live/request';
import { showReport, spfTreeHtml, type SpfNode } from '../live/report-view';
import type { ExtensionState } from '../state';

export async function evaluateSpf(state: ExtensionState): Promise<void> {
  const domain = await vscode.window.showInputBox({ title: 'Zonemail: Evaluate SPF', prompt: 'The domain (MAIL FROM or HELO domain)', value: activeOrigin() ?? '', ignoreFocusOut: true });
  if (!domain) return;
  const ip = await vscode.window.showInputBox({ title: 'Zonemail: Evaluate SPF', prompt: 'The sending IP address (IPv4 or IPv6)', placeHolder: '192.0.2.10', ignoreFocusOut: true });
  if (!ip) return;
  const result = await runLive<{ result: string; explanation?: string; lookups: number; tree: SpfNode }>(state, `Zonemail: evaluating SPF of ${domain} for ${ip}`, 'zonemail.live.evaluateSpf', { domain, ip });
  if (!result) return;
  void vscode.window.showInformationMessage(`Zonemail: SPF of ${domain} for ${ip}: ${result.result}${result.explanation ? ` (${result.explanation})` : ''}`);
  showReport(`Zonemail: SPF ${result.result}`, spfTreeHtml(`SPF of ${domain} for ${ip}: ${result.result} (${result.lookups} lookups)`, result.tree));
}
