/**
 * The live commands of the language server (`workspace/executeCommand`): check a domain, compare
 * an open document with live DNS, show the SPF lookup tree, evaluate SPF for an address. Nothing
 * goes to the network until the client runs one of them. Settings come from `zonemail.live`; in
 * an untrusted workspace the user is asked (`window/showMessageRequest`) before each URL taken
 * from DNS is fetched. Requests are cancellable; every answer is a value, never an exception.
 */
import * as fs from 'node:fs';
import { ResponseError, type CancellationToken, type Connection, type InitializeParams, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument } from '../service';
import { checkDomain, normalizeDomain } from '../live/checks';
import { PROBE_IP } from '../live/checks/spf';
import { compareDocument } from '../live/compare';
import type { Resolver } from '../live/resolver';
import { createResolver, type ResolverConfig } from '../live/resolvers';
import { checkHost } from '../live/spf';

export const LIVE_COMMANDS = ['zonemail.live.checkDomain', 'zonemail.live.compareFile', 'zonemail.live.spfTree', 'zonemail.live.evaluateSpf'] as const;

export interface LiveSettings {
  readonly resolver: 'system' | 'direct' | 'doh';
  readonly servers: readonly string[];
  readonly dohUrl?: string;
  readonly timeoutMs: number;
  readonly caFile?: string;
}

export const DEFAULT_LIVE_SETTINGS: LiveSettings = { resolver: 'system', servers: [], timeoutMs: 5000 };

/** Reads whatever the client sent for `zonemail.live`, ignoring bad values. */
export function normalizeLiveSettings(raw: unknown): LiveSettings {
  if (!raw || typeof raw !== 'object') return DEFAULT_LIVE_SETTINGS;
  const s = raw as Record<string, unknown>;
  const resolver = s.resolver === 'direct' || s.resolver === 'doh' || s.resolver === 'system' ? s.resolver : 'system';
  const servers = Array.isArray(s.servers) ? s.servers.filter((x): x is string => typeof x === 'string' && x.length > 0) : [];
  const timeoutMs = typeof s.timeoutMs === 'number' && Number.isFinite(s.timeoutMs) && s.timeoutMs >= 100 ? s.timeoutMs : DEFAULT_LIVE_SETTINGS.timeoutMs;
  return {
    resolver,
    servers,
    timeoutMs,
    ...(typeof s.dohUrl === 'string' && s.dohUrl ? { dohUrl: s.dohUrl } : {}),
    ...(typeof s.caFile === 'string' && s.caFile ? { caFile: s.caFile } : {}),
  };
}

export interface LiveDependencies {
  /** An open document and its parse (undefined when not open or too large). */
  parsedFor(uri: string): Promise<{ document: TextDocument; parsed: ParsedDocument } | undefined>;
  /** Open documents with their parses, to link findings to records in the workspace. */
  openDocuments(): Promise<{ document: TextDocument; parsed: ParsedDocument }[]>;
}

interface Initialised {
  trusted: boolean;
  pullConfiguration: boolean;
  testPorts: { https?: number; smtp?: number };
}

function toHex(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value;
}

/** A JSON-safe copy (TLSA data and DNSKEY bytes as hex). */
function plain<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value, toHex)) as unknown;
}

function argument<T extends object>(args: unknown[] | undefined): Partial<T> {
  const first = args?.[0];
  return first && typeof first === 'object' ? (first as Partial<T>) : {};
}

export function registerLiveCommands(connection: Connection, deps: LiveDependencies): { initialize(params: InitializeParams): void } {
  const state: Initialised = { trusted: true, pullConfiguration: false, testPorts: {} };

  async function settings(): Promise<LiveSettings> {
    if (!state.pullConfiguration) return DEFAULT_LIVE_SETTINGS;
    try {
      return normalizeLiveSettings(await connection.workspace.getConfiguration({ section: 'zonemail.live' }));
    } catch (error) {
      // Say so: a check against the default (system) resolver looks very different.
      connection.console.warn(`zonemail: could not read the zonemail.live settings (${String(error)}); using the defaults`);
      return DEFAULT_LIVE_SETTINGS;
    }
  }

  function readCa(current: LiveSettings): string | undefined {
    if (!current.caFile) return undefined;
    try {
      return fs.readFileSync(current.caFile, 'utf8');
    } catch {
      return undefined;
    }
  }

  function resolverFor(current: LiveSettings, ca: string | undefined): Resolver {
    const config: ResolverConfig =
      current.resolver === 'doh'
        ? { kind: 'doh', url: current.dohUrl ?? 'https://cloudflare-dns.com/dns-query', timeoutMs: current.timeoutMs, ...(ca ? { ca } : {}) }
        : current.resolver === 'direct'
          ? { kind: 'direct', ...(current.servers.length ? { servers: current.servers } : {}), timeoutMs: current.timeoutMs, dnssec: true }
          : { kind: 'system', ...(current.servers.length ? { servers: current.servers } : {}), timeoutMs: current.timeoutMs };
    const made = createResolver(config);
    if ('error' in made) throw new ResponseError(-32602, `zonemail.live settings: ${made.error}`);
    return made;
  }

  /** Asks the user before fetching a URL taken from DNS, in an untrusted workspace only. */
  async function confirmFetch(url: string, purpose: string): Promise<boolean> {
    if (state.trusted) return true;
    const fetch = { title: 'Fetch' };
    const answer = await connection.window.showWarningMessage(`Zonemail: this workspace is not trusted. Fetch the ${purpose} from ${url}?`, fetch, { title: 'Skip' });
    return answer?.title === fetch.title;
  }

  function abortOn(token: CancellationToken): AbortSignal {
    const controller = new AbortController();
    if (token.isCancellationRequested) controller.abort();
    else token.onCancellationRequested(() => controller.abort());
    return controller.signal;
  }

  /** Where records of each name are written in open documents. */
  async function locations(names: readonly string[]): Promise<Record<string, { uri: string; range: Range }[]>> {
    const wanted = new Set(names.map((n) => `${n.toLowerCase().replace(/\.$/, '')}.`));
    const out: Record<string, { uri: string; range: Range }[]> = {};
    for (const { document, parsed } of await deps.openDocuments()) {
      for (const record of parsed.records) {
        if (!wanted.has(record.owner) || record.uri !== document.uri) continue;
        const key = record.owner.slice(0, -1);
        (out[key] ??= []).push({ uri: document.uri, range: { start: document.positionAt(record.range.start), end: document.positionAt(record.range.end) } });
      }
    }
    return out;
  }

  async function checkDomainCommand(args: unknown[] | undefined, token: CancellationToken): Promise<unknown> {
    const a = argument<{ domain: string; dkimSelectors: string[] }>(args);
    const domain = typeof a.domain === 'string' ? normalizeDomain(a.domain) : undefined;
    if (!domain) throw new ResponseError(-32602, `'${String(a.domain)}' is not a domain name`);
    const current = await settings();
    const ca = readCa(current);
    const report = await checkDomain(domain, {
      resolver: resolverFor(current, ca),
      dkimSelectors: Array.isArray(a.dkimSelectors) ? a.dkimSelectors.filter((s): s is string => typeof s === 'string') : [],
      timeoutMs: current.timeoutMs,
      signal: abortOn(token),
      confirmFetch,
      ...(ca ? { ca: [ca] } : {}),
      ...(state.testPorts.https ? { httpsPort: state.testPorts.https } : {}),
      ...(state.testPorts.smtp ? { smtpPort: state.testPorts.smtp } : {}),
    });
    const names = report.findings.flatMap((f) => (f.name ? [f.name] : []));
    return plain({ ...report, locations: await locations([...names, domain]) });
  }

  async function compareFileCommand(args: unknown[] | undefined, token: CancellationToken): Promise<unknown> {
    const a = argument<{ uri: string }>(args);
    const target = typeof a.uri === 'string' ? await deps.parsedFor(a.uri) : undefined;
    if (!target) throw new ResponseError(-32602, `${String(a.uri)} is not an open zone document`);
    const current = await settings();
    const comparison = await compareDocument(target.parsed, resolverFor(current, readCa(current)), abortOn(token));
    const doc = target.document;
    return plain({
      uri: doc.uri,
      version: doc.version,
      records: comparison.records.map((r) => ({ ...r, range: { start: doc.positionAt(r.range.start), end: doc.positionAt(r.range.end) } })),
      extra: comparison.extra,
    });
  }

  async function spfCommand(args: unknown[] | undefined, token: CancellationToken, withIp: boolean): Promise<unknown> {
    const a = argument<{ domain: string; ip: string; sender: string; helo: string }>(args);
    const domain = typeof a.domain === 'string' ? normalizeDomain(a.domain) : undefined;
    if (!domain) throw new ResponseError(-32602, `'${String(a.domain)}' is not a domain name`);
    if (withIp && typeof a.ip !== 'string') throw new ResponseError(-32602, 'an IP address is needed');
    const current = await settings();
    const evaluation = await checkHost(
      {
        ip: withIp ? a.ip! : PROBE_IP,
        domain,
        ...(typeof a.sender === 'string' && a.sender ? { sender: a.sender } : {}),
        ...(typeof a.helo === 'string' && a.helo ? { helo: a.helo } : {}),
      },
      { resolver: resolverFor(current, readCa(current)), signal: abortOn(token), ...(withIp ? {} : { maxLookups: 100, maxVoidLookups: 100 }) },
    );
    return plain({ domain, ...(withIp ? { ip: a.ip } : { probeIp: PROBE_IP }), ...evaluation });
  }

  connection.onExecuteCommand(async (params, token) => {
    try {
      switch (params.command) {
        case 'zonemail.live.checkDomain':
          return await checkDomainCommand(params.arguments, token);
        case 'zonemail.live.compareFile':
          return await compareFileCommand(params.arguments, token);
        case 'zonemail.live.spfTree':
          return await spfCommand(params.arguments, token, false);
        case 'zonemail.live.evaluateSpf':
          return await spfCommand(params.arguments, token, true);
        default:
          throw new ResponseError(-32601, `unknown command ${params.command}`);
      }
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`zonemail: ${params.command} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      throw new ResponseError(-32603, `${params.command} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  return {
    initialize(params) {
      const options = (params.initializationOptions ?? {}) as { workspaceTrusted?: unknown; liveTestPorts?: { https?: unknown; smtp?: unknown } };
      state.trusted = options.workspaceTrusted !== false;
      state.pullConfiguration = !!params.capabilities.workspace?.configuration;
      const port = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 65536 ? v : undefined);
      const https = port(options.liveTestPorts?.https);
      const smtp = port(options.liveTestPorts?.smtp);
      state.testPorts = { ...(https ? { https } : {}), ...(smtp ? { smtp } : {}) };
    },
  };
}
