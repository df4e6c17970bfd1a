/** Parses the options of `zonemail live`; bad usage comes back as a message, never a throw. */

export type LiveFormat = 'text' | 'json';

export interface LiveArgs {
  readonly domain: string;
  readonly dkimSelectors: readonly string[];
  readonly dns: readonly string[];
  readonly doh?: string;
  readonly caFile?: string;
  readonly compare?: string;
  readonly format: LiveFormat;
  readonly timeoutMs: number;
  /** Test-only: HTTPS and SMTP ports of loopback servers. */
  readonly httpsPort?: number;
  readonly smtpPort?: number;
  readonly noSmtp: boolean;
  readonly help: boolean;
}

const FORMATS: readonly LiveFormat[] = ['text', 'json'];

function port(text: string | undefined, option: string): number | { error: string } {
  if (text === undefined || !/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) return { error: `${option} needs a port number (1-65535)` };
  return Number(text);
}

export function parseLiveArgs(argv: readonly string[]): LiveArgs | { error: string } {
  const dkimSelectors: string[] = [];
  const dns: string[] = [];
  const positional: string[] = [];
  let doh: string | undefined;
  let caFile: string | undefined;
  let compare: string | undefined;
  let format: LiveFormat = 'text';
  let timeoutMs = 10000;
  let httpsPort: number | undefined;
  let smtpPort: number | undefined;
  let noSmtp = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '-h':
      case '--help':
        help = true;
        break;
      case '--dkim-selector': {
        const v = value();
        if (!v) return { error: '--dkim-selector needs a selector' };
        dkimSelectors.push(...v.split(',').filter((s) => s.length > 0));
        break;
      }
      case '--dns': {
        const v = value();
        if (!v) return { error: '--dns needs HOST or HOST:PORT' };
        dns.push(v);
        break;
      }
      case '--doh':
        doh = value();
        if (!doh) return { error: '--doh needs an https: URL' };
        break;
      case '--ca-file':
        caFile = value();
        if (!caFile) return { error: '--ca-file needs a PEM file' };
        break;
      case '--compare':
        compare = value();
        if (!compare) return { error: '--compare needs a FILE' };
        break;
      case '--format':
      case '-f': {
        const v = value();
        if (!v || !(FORMATS as readonly string[]).includes(v)) return { error: `${name} needs one of ${FORMATS.join(', ')}` };
        format = v as LiveFormat;
        break;
      }
      case '--timeout': {
        const v = value();
        if (!v || !/^\d+$/.test(v) || Number(v) < 1) return { error: '--timeout needs milliseconds' };
        timeoutMs = Number(v);
        break;
      }
      case '--https-port': {
        const p = port(value(), name);
        if (typeof p !== 'number') return p;
        httpsPort = p;
        break;
      }
      case '--smtp-port': {
        const p = port(value(), name);
        if (typeof p !== 'number') return p;
        smtpPort = p;
        break;
      }
      case '--no-smtp':
        noSmtp = true;
        break;
      default:
        return { error: `unknown option '${arg}'` };
    }
  }
  if (help) return { domain: '', dkimSelectors, dns, format, timeoutMs, noSmtp, help };
  if (positional.length !== 1) return { error: positional.length === 0 ? 'no DOMAIN given' : `one DOMAIN only (got ${positional.join(' ')})` };
  if (doh && dns.length > 0) return { error: '--dns and --doh exclude each other' };
  return {
    domain: positional[0]!,
    dkimSelectors,
    dns,
    ...(doh ? { doh } : {}),
    ...(caFile ? { caFile } : {}),
    ...(compare ? { compare } : {}),
    format,
    timeoutMs,
    ...(httpsPort ? { httpsPort } : {}),
    ...(smtpPort ? { smtpPort } : {}),
    noSmtp,
    help,
  };
}
