/**
 * Registers every command of the table in `table.ts` with its implementation. The record below is
 * keyed by the table's ids, so a command without an implementation (or the reverse) does not compile.
 */
import * as vscode from 'vscode';
import type { ExtensionState } from '../state';
import { COMMANDS, type CommandId } from './table';
import { restartServer } from './restart-server';
import { showOutput } from './show-output';
import { openExample } from './open-example';
import { createTlsaRecord } from './create-tlsa-record';
import { checkDomain } from './check-domain';
import { compareLive } from './compare-live';
import { showSpfTree } from './spf-tree';
import { evaluateSpf } from './evaluate-spf';

export { COMMANDS } from './table';

const IMPLEMENTATIONS: Record<CommandId, (state: ExtensionState) => unknown> = {
  'zonemail.restartServer': restartServer,
  'zonemail.showOutput': showOutput,
  'zonemail.openExample': openExample,
  'zonemail.createTlsaRecord': createTlsaRecord,
  'zonemail.checkDomain': checkDomain,
  'zonemail.compareLive': compareLive,
  'zonemail.spfTree': showSpfTree,
  'zonemail.evaluateSpf': evaluateSpf,
};

export function registerCommands(context: vscode.ExtensionContext, state: ExtensionState): void {
  for (const { command } of COMMANDS) {
    const run = IMPLEMENTATIONS[command];
    context.subscriptions.push(vscode.commands.registerCommand(command, (argument?: unknown) => (run as (s: ExtensionState, a?: unknown) => unknown)(state, argument)));
  }
}
