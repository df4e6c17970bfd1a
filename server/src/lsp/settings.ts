/**
 * The server's settings: `zonemail.rules` (code → severity or `off`), `zonemail.maxFileSize`
 * (bytes) and `zonemail.hosts` (infrastructure-as-code hosts turned on or off). Read through `workspace/configuration` per document when the client supports it,
 * else from `didChangeConfiguration` pushes, else the defaults.
 */
import type { HostKind, ValidationOptions } from '../service';

export type RuleSettings = NonNullable<ValidationOptions['rules']>;

/** The infrastructure-as-code hosts that `zonemail.hosts` turns on or off. */
export const IAC_HOSTS = ['terraform', 'cloudformation', 'octodns', 'dnscontrol', 'pulumi', 'ansible'] as const satisfies readonly HostKind[];

export type IacHost = (typeof IAC_HOSTS)[number];

export interface Settings {
  readonly rules: RuleSettings;
  /** Documents larger than this many bytes (UTF-8) are not checked. */
  readonly maxFileSize: number;
  /** Hosts turned off: their documents are not parsed at all. */
  readonly disabledHosts: ReadonlySet<HostKind>;
}

/** The configuration section the settings live in. */
export const SECTION = 'zonemail';

export const DEFAULT_MAX_FILE_SIZE = 16 * 1024 * 1024;

export const DEFAULT_SETTINGS: Settings = { rules: {}, maxFileSize: DEFAULT_MAX_FILE_SIZE, disabledHosts: new Set() };

const RULE_VALUES = new Set(['error', 'warning', 'warn', 'information', 'info', 'hint', 'off']);

/** Turns whatever the client sent for the `zonemail` section into settings, ignoring bad values. */
export function normalizeSettings(raw: unknown): Settings {
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const section = raw as { rules?: unknown; maxFileSize?: unknown; hosts?: unknown };
  const rules: Record<string, RuleSettings[string]> = {};
  if (section.rules && typeof section.rules === 'object') {
    for (const [code, value] of Object.entries(section.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && RULE_VALUES.has(value)) rules[code] = value as RuleSettings[string];
    }
  }
  const size = section.maxFileSize;
  const maxFileSize = typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : DEFAULT_MAX_FILE_SIZE;
  return { rules, maxFileSize, disabledHosts: disabledHosts(section.hosts) };
}

/** The hosts `zonemail.hosts` turns off (`{ "pulumi": false }`); anything else keeps them on. */
function disabledHosts(raw: unknown): ReadonlySet<HostKind> {
  const out = new Set<HostKind>();
  if (!raw || typeof raw !== 'object') return out;
  const hosts = raw as Record<string, unknown>;
  for (const host of IAC_HOSTS) if (hosts[host] === false) out.add(host);
  return out;
}

/** Where settings come from; the server supplies the pull function when the client can answer. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private pushed: Settings = DEFAULT_SETTINGS;

  constructor(private readonly pull: ((scopeUri: string) => Promise<unknown>) | undefined) {}

  /** Settings for a document (cached until the configuration changes or the document closes). */
  get(uri: string): Promise<Settings> {
    if (!this.pull) return Promise.resolve(this.pushed);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.pull(uri).then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** A `didChangeConfiguration` arrived: forget cached answers, keep pushed settings if any. */
  changed(pushedSettings: unknown): void {
    this.cache.clear();
    const section = (pushedSettings as Record<string, unknown> | null | undefined)?.[SECTION];
    if (section !== undefined) this.pushed = normalizeSettings(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
