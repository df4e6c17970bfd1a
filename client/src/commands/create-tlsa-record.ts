/**
 * `zonemail.createTlsaRecord`: picks a PEM certificate file (from the workspace or a dialog),
 * computes `3 1 1` for the leaf and, on request, `2 1 1` for its issuer (RFC 7672 §3.1), and
 * inserts the TLSA record at the cursor of the active editor.
 */
import * as vscode from 'vscode';
import type { ExtensionState } from '../state';
import { tlsaFromPem, tlsaInsertion } from '../tlsa/from-pem';

const BROWSE = 'Browse…';

async function pickCertificateFile(): Promise<vscode.Uri | undefined> {
  const found = await vscode.workspace.findFiles('**/*.{pem,crt}', '**/node_modules/**', 200);
  const items: (vscode.QuickPickItem & { uri?: vscode.Uri })[] = found
    .sort((a, b) => a.fsPath.localeCompare(b.fsPath))
    .map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri }));
  items.push({ label: BROWSE, description: 'Choose a certificate file on disk' });
  const choice = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { placeHolder: 'Certificate chain (PEM) of the mail server' });
  if (!choice) return undefined;
  if (choice.uri) return choice.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Use certificate', filters: { 'PEM certificates': ['pem', 'crt', 'cer'], 'All files': ['*'] } });
  return picked?.[0];
}

export async function createTlsaRecord(_state: ExtensionState): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showErrorMessage('Open the zone file to insert the TLSA record into, then run this command again.');
    return;
  }
  const file = await pickCertificateFile();
  if (!file) return;
  const result = tlsaFromPem(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  if ('error' in result) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(file)}: ${result.error}`);
    return;
  }
  const choices: (vscode.QuickPickItem & { rdata: string[] })[] = [
    { label: result.leaf.rdata.slice(0, 6), description: 'DANE-EE: this server’s public key (recommended)', detail: `${result.leaf.subject}, valid to ${result.leaf.validTo}`, rdata: [result.leaf.rdata] },
  ];
  if (result.issuer) {
    choices.push(
      { label: result.issuer.rdata.slice(0, 6), description: 'DANE-TA: the issuing CA’s public key', detail: `${result.issuer.subject}, valid to ${result.issuer.validTo}`, rdata: [result.issuer.rdata] },
      { label: 'Both', description: '3 1 1 and 2 1 1: keeps working when either key changes alone', rdata: [result.leaf.rdata, result.issuer.rdata] },
    );
  }
  const choice = choices.length === 1 ? choices[0] : await vscode.window.showQuickPick(choices, { placeHolder: 'Which TLSA record?' });
  if (!choice) return;
  const position = editor.selection.active;
  const line = editor.document.lineAt(position.line).text;
  const host = result.host && editor.document.languageId === 'dns-zone' ? result.host : 'mail';
  const insertion = tlsaInsertion(line.slice(0, position.character), line.slice(position.character), choice.rdata, host);
  if (insertion.at === 'cursor') {
    await editor.insertSnippet(new vscode.SnippetString(insertion.snippet), position);
  } else {
    const end = editor.document.lineAt(position.line).range.end;
    await editor.insertSnippet(new vscode.SnippetString(`\n${insertion.snippet}`), end);
  }
}
