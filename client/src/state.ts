/** What the commands need from the running extension: the language client, its output channel and the extension's folder. */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export interface ExtensionState {
  readonly client: LanguageClient;
  readonly output: vscode.LogOutputChannel;
  /** The installed extension's folder, for the files it ships. */
  readonly extensionUri: vscode.Uri;
}
