/** `zonemail.checkDomain`: asks for a domain (the active file's origin by default) and DKIM selectors, runs the live checks and shows the report. */
import * as vscode from 'vscode';
import { activeOrigin, runLive } from '../live/request';
import { reportHtml, showReport, type DomainReport } from '../live/report-view';
import type { ExtensionState } from '../state';

export async function checkDomain(state: ExtensionState, given?: { domain?: string; dkimSelectors?: string[] }): Promise<DomainReport | undefined> {
  const domain = given?.domain ?? (await vscode.window.showInputBox({ title: 'Zonemail: Check Domain', prompt: 'The domain whose published mail records to check', value: activeOrigin() ?? '', ignoreFocusOut: true }));
  if (!domain) return undefined;
  const selectors =
    given?.dkimSelectors ??
    (await vscode.window.showInputBox({ title: 'Zonemail: Check Domain', prompt: 'DKIM selectors to look up, separated by commas (optional)', value: '', ignoreFocusOut: true }))
      ?.split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  const report = await runLive<DomainReport>(state, `Zonemail: checking ${domain}`, 'zonemail.live.checkDomain', { domain, dkimSelectors: selectors ?? [] });
  if (report) showReport(`Zonemail: ${report.domain}`, reportHtml(report));
  return report;
}
