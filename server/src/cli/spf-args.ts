/** Parses the options of `zonemail spf`; bad usage comes back as a message, never a throw. */
import { isIP } from 'node:net';
import { parseServer } from '../live/resolvers/direct';

export type SpfFormat = 'text' | 'json';

export interface SpfArgs {
  readonly domain: string;
  readonly ip: string;
  readonly sender?: string;
  readonly helo?: string;
  readonly zones: readonly string[];
  readonly dns?: string;
  readonly doh?: string;
  readonly format: SpfFormat;
  readonly help: boolean;
}

const FORMATS: readonly SpfFormat[] = ['text', 'json'];
const VALUED = ['--ip', '--sender', '--helo', '--zone', '--dns', '--doh', '--format'] as const;
type Valued = (typeof VALUED)[number];

export function parseSpfArgs(argv: readonly string[]): SpfArgs | { error: string } {
  const values: Partial<Record<Valued, string>> = {};
  const zones: string[] = [];
  const positional: string[] = [];
  let help = false;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(0, eq) : arg === '-f' ? '--format' : arg) as Valued;
    if (!(VALUED as readonly string[]).includes(name)) return { error: `unknown option '${arg}'` };
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value.length === 0) return { error: `${name} needs a value` };
    if (name === '--zone') zones.push(value);
    else if (values[name] !== undefined) return { error: `${name} is given twice` };
    else values[name] = value;
  }
  if (help) return { domain: '', ip: '', zones, format: 'text', help };
  if (positional.length === 0) return { error: 'spf needs a DOMAIN' };
  if (positional.length > 1) return { error: `spf takes one DOMAIN, not ${positional.length} ('${positional.join("' '")}')` };
  const ip = values['--ip'];
  if (ip === undefined) return { error: 'spf needs the client address: --ip IP' };
  if (isIP(ip) === 0) return { error: `'${ip}' is not an IPv4 or IPv6 address` };
  const format = values['--format'] ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) return { error: `unknown format '${format}' (use ${FORMATS.join(', ')})` };
  const sources = [zones.length > 0 ? '--zone' : undefined, values['--dns'] ? '--dns' : undefined, values['--doh'] ? '--doh' : undefined].filter((s) => s !== undefined);
  if (sources.length > 1) return { error: `${sources.join(' and ')} cannot be used together: choose where the answers come from` };
  if (values['--dns'] !== undefined && !parseServer(values['--dns'])) return { error: `'${values['--dns']}' is not a DNS server (HOST or HOST:PORT)` };
  if (values['--doh'] !== undefined && !values['--doh'].startsWith('https://')) return { error: `--doh needs an https:// URL, not '${values['--doh']}'` };
  return {
    domain: positional[0]!,
    ip,
    ...(values['--sender'] !== undefined ? { sender: values['--sender'] } : {}),
    ...(values['--helo'] !== undefined ? { helo: values['--helo'] } : {}),
    zones,
    ...(values['--dns'] !== undefined ? { dns: values['--dns'] } : {}),
    ...(values['--doh'] !== undefined ? { doh: values['--doh'] } : {}),
    format: format as SpfFormat,
    help,
  };
}
