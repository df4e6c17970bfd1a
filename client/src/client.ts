/**
 * Creates the language client: the bundled server in a Node.js child process over IPC, zone
 * documents on disk and untitled, infrastructure-as-code files on disk, the `zonemail` settings
 * section and the "Zonemail" channel.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_DEBUG_EXEC_ARGV, SERVER_MODULE } from './paths';

export const CLIENT_ID = 'zonemail';
export const CLIENT_NAME = 'Zonemail';
export const LANGUAGE_ID = 'dns-zone';
/** The MTA-STS policy file (`.well-known/mta-sts.txt`, RFC 8461 §3.2). */
export const MTA_STS_POLICY_LANGUAGE_ID = 'mta-sts-policy';
/**
 * Languages of infrastructure-as-code files (Terraform, CloudFormation / octoDNS / Ansible,
 * DNSControl, Pulumi). The server speaks in them only inside record values, and only for the
 * files a host recognises; `zonemail.hosts` turns hosts off.
 */
export const IAC_LANGUAGE_IDS = ['terraform', 'yaml', 'json', 'javascript', 'typescript'] as const;

/** What the server learns at start-up besides the settings it asks for. */
export interface InitializationOptions {
  /**
   * False in an untrusted workspace: the server reads no `$INCLUDE` outside the workspace and asks
   * before fetching a URL taken from a file (live commands still query DNS when the user runs them).
   */
  readonly workspaceTrusted: boolean;
  /**
   * Test-only: the HTTPS and SMTP ports the live checks connect to instead of 443 and 25, for the
   * loopback servers of the end-to-end suite. Sent only when `ZONEMAIL_LIVE_TEST_PORTS` is set.
   */
  readonly liveTestPorts?: { readonly https?: number; readonly smtp?: number };
}

/**
 * Test-only: `ZONEMAIL_LIVE_TEST_PORTS` (JSON `{"https": N, "smtp": N}`), set by
 * `scripts/vscode-e2e.sh` for the loopback servers of the end-to-end suite. Unset in normal use,
 * and then nothing is sent.
 */
function liveTestPorts(): Pick<InitializationOptions, 'liveTestPorts'> {
  const raw = process.env['ZONEMAIL_LIVE_TEST_PORTS'];
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as { https?: unknown; smtp?: unknown };
    const port = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 65536 ? v : undefined);
    const https = port(parsed.https);
    const smtp = port(parsed.smtp);
    return { liveTestPorts: { ...(https ? { https } : {}), ...(smtp ? { smtp } : {}) } };
  } catch {
    return {};
  }
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(SERVER_MODULE);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_DEBUG_EXEC_ARGV] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: 'file', language: MTA_STS_POLICY_LANGUAGE_ID },
      { scheme: 'untitled', language: MTA_STS_POLICY_LANGUAGE_ID },
      ...IAC_LANGUAGE_IDS.map((language) => ({ scheme: 'file', language })),
    ],
    synchronize: { configurationSection: CLIENT_ID },
    outputChannel: output,
    // Evaluated at every (re)start, so a restart after trust is granted tells the server.
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted, ...liveTestPorts() }),
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
