/**
 * Protocol wiring of the language server: document sync, settings, debounced diagnostics and
 * the feature handlers. Every answer comes from the language service; this file only converts.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type HostKind, type ParsedDocument, type ServiceDiagnostic, type ValidationState } from '../service';
import type { Rule } from '../service/rules/define-rule';
import {
  fixesOf,
  toCodeActions,
  toCompletionItem,
  toDiagnostic,
  toDocumentSymbol,
  toFoldingRanges,
  toHover,
  toOffsetRange,
} from './convert';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { createNodeFileSystem, type IncludeAccess } from './node-file-system';
import { ParseCache } from './parse-cache';
import { SECTION, SettingsStore } from './settings';
import { LIVE_COMMANDS, registerLiveCommands } from './live-commands';

export interface ServerOptions {
  /** Milliseconds to wait after the last edit before checking a document (default 150). */
  readonly diagnosticDelay?: number;
  /** Rules to run instead of the registry's (protocol tests of a rule that throws). */
  readonly registry?: readonly Rule[];
}

export const DEFAULT_DIAGNOSTIC_DELAY = 150;

/**
 * What `$INCLUDE` may read: the workspace folders, and whether the workspace is trusted
 * (`initializationOptions.workspaceTrusted`; a client that does not say is trusted).
 */
function includeAccessFrom(params: { initializationOptions?: unknown; workspaceFolders?: readonly { uri: string }[] | null; rootUri?: string | null }): IncludeAccess {
  const trusted = (params.initializationOptions as { workspaceTrusted?: unknown } | null | undefined)?.workspaceTrusted;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return { trusted: trusted !== false, folders };
}

/** Reads `initializationOptions.diagnosticDelay` when the client sends one. */
function delayFrom(initializationOptions: unknown, fallback: number): number {
  const value = (initializationOptions as { diagnosticDelay?: unknown } | null | undefined)?.diagnosticDelay;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  let includeAccess: IncludeAccess = { trusted: true, folders: [] };
  const service = getLanguageService({ fileSystem: createNodeFileSystem(undefined, () => includeAccess) });
  /** Rules that threw, logged once per server (not once per document version). */
  const failedRules = new Set<string>();
  const documents = new TextDocuments(TextDocument);
  const parses = new ParseCache(service);
  let settings = new SettingsStore(undefined);
  let scheduler = new DiagnosticsScheduler(options.diagnosticDelay ?? DEFAULT_DIAGNOSTIC_DELAY, publish);
  let registerConfigurationChanges = false;

  /** Runs a handler; an exception is logged and the fallback answered, so the server keeps going. */
  function guard<P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await handler(params);
      } catch (error) {
        connection.console.error(`zonemail: ${name} failed: ${errorText(error)}`);
        return fallback;
      }
    };
  }

  /** The parse of a document for a feature request, or undefined when it is not open or too large. */
  async function parsedFor(uri: string): Promise<{ document: TextDocument; parsed: ParsedDocument } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const current = await settings.get(uri);
    const latest = documents.get(uri);
    if (!latest) return undefined;
    const parsed = parses.get(latest, current.maxFileSize, current.disabledHosts);
    return parsed && !parsed.skipped ? { document: latest, parsed } : undefined;
  }

  /** The other open documents, parsed: names (SPF includes) may be followed into them. */
  function relatedDocuments(uri: string, maxSize: number, disabled: ReadonlySet<HostKind>): ParsedDocument[] {
    const out: ParsedDocument[] = [];
    for (const other of documents.all()) {
      if (other.uri === uri) continue;
      const parsed = parses.get(other, maxSize, disabled);
      if (parsed && !parsed.skipped) out.push(parsed);
    }
    return out;
  }

  /** Per open document: what its last check found, for the next (incremental) check. */
  const validations = new Map<string, ValidationState>();
  /** The version of each open document its last check ran on. */
  const checkedVersions = new Map<string, number>();
  /** Per open document: the diagnostics last published, with their fixes, and their version. */
  const lastPublished = new Map<string, { readonly version: number; readonly diagnostics: readonly ServiceDiagnostic[] }>();
  const reportRuleError = (code: string, error: unknown): void => {
    if (failedRules.has(code)) return;
    failedRules.add(code);
    connection.console.error(`zonemail: rule ${code} failed (it is skipped; other rules still run): ${errorText(error)}`);
  };

  async function publish(uri: string, isCurrent: () => boolean): Promise<void> {
    try {
      const current = await settings.get(uri);
      const document = documents.get(uri);
      if (!document || !isCurrent()) return;
      // A document over zonemail.maxFileSize parses to one `zone/too-large` problem.
      const parsed = parses.get(document, current.maxFileSize, current.disabledHosts);
      let found: ServiceDiagnostic[] = [];
      if (parsed) {
        // Re-checks only what the edits since the last check touched (the state is used up either way).
        const previous = validations.get(uri);
        validations.delete(uri);
        const result = service.validateIncremental(
          parsed,
          {
            rules: current.rules,
            related: relatedDocuments(uri, current.maxFileSize, current.disabledHosts),
            onRuleError: reportRuleError,
            ...(options.registry ? { registry: options.registry } : {}),
          },
          previous,
        );
        validations.set(uri, result.state);
        found = result.diagnostics;
        // Only a document that changed can change what the others read (a re-check does not).
        if (checkedVersions.get(uri) !== document.version) recheckReaders(uri, result.changedOwners);
        checkedVersions.set(uri, document.version);
      }
      const diagnostics: Diagnostic[] = found.map((d, i) => toDiagnostic(document, d, i));
      if (!isCurrent() || documents.get(uri)?.version !== document.version) return;
      // Quick fixes are made into edits when asked for; the diagnostics name them by index.
      lastPublished.set(uri, { version: document.version, diagnostics: found });
      await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    } catch (error) {
      connection.console.error(`zonemail: checking ${uri} failed: ${errorText(error)}`);
    }
  }

  const live = registerLiveCommands(connection, {
    parsedFor,
    // Each document through its own settings, so the parse cache keeps serving its edits.
    openDocuments: async () => {
      const out: { document: TextDocument; parsed: ParsedDocument }[] = [];
      for (const document of documents.all()) {
        const target = await parsedFor(document.uri);
        if (target) out.push(target);
      }
      return out;
    },
  });

  connection.onInitialize((params): InitializeResult => {
    includeAccess = includeAccessFrom(params);
    live.initialize(params);
    const workspace = params.capabilities.workspace;
    if (workspace?.configuration) {
      settings = new SettingsStore((scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: SECTION }));
    }
    registerConfigurationChanges = !!workspace?.didChangeConfiguration?.dynamicRegistration;
    scheduler = new DiagnosticsScheduler(
      delayFrom(params.initializationOptions, options.diagnosticDelay ?? DEFAULT_DIAGNOSTIC_DELAY),
      publish,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: {},
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [...LIVE_COMMANDS] },
      },
      serverInfo: { name: 'zonemail' },
    };
  });

  connection.onInitialized(() => {
    if (registerConfigurationChanges) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch((error: unknown) => {
        connection.console.error(`zonemail: could not register for configuration changes: ${errorText(error)}`);
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    // A document that has no diagnostics yet (just opened) stays due at once.
    for (const document of documents.all()) scheduler.schedule(document.uri, lastPublished.has(document.uri) ? scheduler.delay : 0);
  });

  // A document just opened is checked at once; edits wait for the typing to pause.
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => justOpened.add(event.document.uri));
  /**
   * Other open documents may read this one (SPF includes across zones, an MTA-STS policy and its
   * zone): re-check them, in full, after a longer pause. They reuse their cached parse.
   */
  function scheduleOthers(uri: string): void {
    const delay = scheduler.delay * 3;
    for (const other of documents.all()) {
      if (other.uri === uri) continue;
      validations.delete(other.uri);
      scheduler.schedule(other.uri, delay);
    }
  }
  /**
   * After a check of `uri`: re-check the other documents whose checks read what changed in it
   * (a name they looked up among its records), or all of them when what changed is unknown.
   */
  function recheckReaders(uri: string, changedOwners: ReadonlySet<string> | undefined): void {
    if (!changedOwners) {
      scheduleOthers(uri);
      return;
    }
    const delay = scheduler.delay * 3;
    for (const other of documents.all()) {
      if (other.uri === uri) continue;
      const reads = validations.get(other.uri)?.relatedReads;
      if (reads && !reads.all && ![...changedOwners].some((owner) => reads.names.has(owner))) continue;
      validations.delete(other.uri);
      scheduler.schedule(other.uri, delay);
    }
  }
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    if (justOpened.delete(uri)) scheduler.schedule(uri, 0);
    else scheduler.schedule(uri);
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    justOpened.delete(uri);
    lastPublished.delete(uri);
    validations.delete(uri);
    checkedVersions.delete(uri);
    scheduler.cancel(uri);
    parses.forget(uri);
    settings.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    scheduleOthers(uri);
  });

  connection.onHover(
    guard('hover', null, async (params) => {
      const target = await parsedFor(params.textDocument.uri);
      if (!target) return null;
      const hover = service.hover(target.parsed, target.document.offsetAt(params.position));
      return hover ? toHover(target.document, hover) : null;
    }),
  );

  connection.onCompletion(
    guard('completion', [], async (params) => {
      const target = await parsedFor(params.textDocument.uri);
      if (!target) return [];
      const items = service.complete(target.parsed, target.document.offsetAt(params.position));
      return items.map((item) => toCompletionItem(target.document, item));
    }),
  );

  connection.onDocumentSymbol(
    guard('document symbols', [], async (params) => {
      const target = await parsedFor(params.textDocument.uri);
      if (!target) return [];
      return service.symbols(target.parsed).map((s) => toDocumentSymbol(target.document, s));
    }),
  );

  connection.onFoldingRanges(
    guard('folding ranges', [], async (params) => {
      const target = await parsedFor(params.textDocument.uri);
      if (!target) return [];
      return toFoldingRanges(target.document, service.folding(target.parsed));
    }),
  );

  connection.onCodeAction(
    guard('code actions', [] as CodeAction[], (params) => {
      const only = params.context.only;
      if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`)))
        return [];
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const asked = toOffsetRange(document, params.range);
      const actions: CodeAction[] = [];
      const last = lastPublished.get(document.uri);
      for (const diagnostic of params.context.diagnostics) {
        const data = fixesOf(diagnostic);
        // Fixes computed for another version of the text would edit the wrong place.
        if (!data || !last || data.version !== document.version || last.version !== document.version) continue;
        // The published diagnostic it names must be this one (same code, message and place).
        const found = last.diagnostics[data.index];
        const range = toOffsetRange(document, diagnostic.range);
        if (!found?.fixes || found.code !== diagnostic.code || found.message !== diagnostic.message) continue;
        if (found.range.start !== range.start || found.range.end !== range.end) continue;
        if (range.start > asked.end || asked.start > range.end) continue;
        actions.push(...toCodeActions(document, diagnostic, found.fixes));
      }
      return actions;
    }),
  );

  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}
