/**
 * A minimal LSP client for protocol tests: spawns the bundled server over stdio, answers
 * `workspace/configuration` from a settings object the test controls, and lets tests wait for
 * `publishDiagnostics` (with a timeout that fails the test instead of sleeping).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  IPCMessageReader,
  IPCMessageWriter,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { SERVER_JS } from './paths';

export interface ClientOptions {
  /** The `zonemail` configuration section answered to `workspace/configuration`. */
  readonly settings?: Record<string, unknown>;
  /** Whether the client says it can answer `workspace/configuration` (default true). */
  readonly configurationCapability?: boolean;
  readonly initializationOptions?: Record<string, unknown>;
  /** Workspace folders sent with `initialize` (default none). */
  readonly workspaceFolders?: readonly { uri: string; name: string }[];
  /** The script and arguments to run (default: the bundled server with `--stdio`). */
  readonly command?: readonly string[];
  /** `ipc` forks the command and talks over Node's IPC channel (append `--node-ipc` yourself). */
  readonly transport?: 'stdio' | 'ipc';
}

interface Waiter {
  readonly uri: string;
  readonly predicate: (p: PublishDiagnosticsParams) => boolean;
  readonly resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspClient {
  /** The `zonemail` section; change it, then call `configurationChanged()`. */
  settings: Record<string, unknown>;
  /** Every diagnostics notification received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** What the server logged (window/logMessage). */
  readonly logs: string[] = [];
  /** Sections asked for through `workspace/configuration`. */
  readonly configurationRequests: unknown[] = [];
  private readonly waiters = new Set<Waiter>();
  initializeResult: InitializeResult | undefined;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? {};
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params)) {
          this.waiters.delete(waiter);
          waiter.resolve(params);
        }
      }
    });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => (item.section === 'zonemail' ? this.settings : null));
    });
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
  }

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    const [script, ...args] = options.command ?? [SERVER_JS, '--stdio'];
    let child: ChildProcess;
    let connection: ProtocolConnection;
    if (options.transport === 'ipc') {
      child = fork(script!, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      const piped = spawn(process.execPath, [script!, ...args], { stdio: 'pipe' });
      child = piped;
      connection = createProtocolConnection(new StreamMessageReader(piped.stdout), new StreamMessageWriter(piped.stdin));
    }
    const client = new LspClient(child, connection, options);
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      ...(options.workspaceFolders ? { workspaceFolders: [...options.workspaceFolders] } : {}),
      capabilities: {
        workspace: {
          configuration: options.configurationCapability ?? true,
          didChangeConfiguration: { dynamicRegistration: true },
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
          foldingRange: { lineFoldingOnly: true },
        },
      },
      initializationOptions: options.initializationOptions ?? { diagnosticDelay: 10 },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** The next diagnostics for `uri` that satisfy `predicate`; rejects after `timeoutMs`. */
  diagnostics(
    uri: string,
    predicate: (p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 10000,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter: Waiter = {
        uri,
        predicate,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** Opens a document and waits for the diagnostics of its first version. */
  async open(uri: string, text: string, version = 1, languageId = 'dns-zone'): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics(uri, (p) => p.version === version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
    return published;
  }

  /** Sends a change (whole text or incremental edits) without waiting. */
  async change(uri: string, version: number, changes: string | TextDocumentContentChangeEvent[]): Promise<void> {
    const contentChanges = typeof changes === 'string' ? [{ text: changes }] : changes;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  /** Sends a change and waits for the diagnostics of that version. */
  async changeAndWait(
    uri: string,
    version: number,
    changes: string | TextDocumentContentChangeEvent[],
  ): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics(uri, (p) => p.version === version);
    await this.change(uri, version, changes);
    return published;
  }

  /** Closes a document and waits for the server to clear its diagnostics. */
  async close(uri: string): Promise<PublishDiagnosticsParams> {
    const cleared = this.diagnostics(uri, (p) => p.diagnostics.length === 0);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    return cleared;
  }

  async configurationChanged(pushed: unknown = null): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: pushed });
  }

  /** Shuts the server down and resolves with its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else this.child.once('exit', (code) => resolve(code));
    });
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
