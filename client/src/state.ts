/** What the commands need from the running extension: the language client and its output channel. */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export interface ExtensionState {
  readonly client: LanguageClient;
  readonly output: vscode.LogOutputChannel;
}
