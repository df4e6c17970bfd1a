/**
 * The commands the extension contributes: id, title and category. This table must equal
 * `contributes.commands` in package.json (a unit test compares them); it imports nothing from
 * `vscode` so that the test can load it outside the editor.
 */

export interface CommandContribution {
  readonly command: string;
  readonly title: string;
  readonly category: string;
}

export const COMMANDS = [
  { command: 'zonemail.restartServer', title: 'Restart Server', category: 'Zonemail' },
  { command: 'zonemail.showOutput', title: 'Show Output', category: 'Zonemail' },
  { command: 'zonemail.openExample', title: 'Open Example Zone', category: 'Zonemail' },
  { command: 'zonemail.createTlsaRecord', title: 'Create TLSA Record from Certificate…', category: 'Zonemail' },
  { command: 'zonemail.checkDomain', title: 'Check Domain…', category: 'Zonemail' },
  { command: 'zonemail.compareLive', title: 'Compare This File with Live DNS', category: 'Zonemail' },
  { command: 'zonemail.spfTree', title: 'Show SPF Lookup Tree', category: 'Zonemail' },
  { command: 'zonemail.evaluateSpf', title: 'Evaluate SPF for an IP…', category: 'Zonemail' },
] as const satisfies readonly CommandContribution[];

export type CommandId = (typeof COMMANDS)[number]['command'];
