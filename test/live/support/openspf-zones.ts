/**
 * Turns an OpenSPF scenario's zonedata into BIND zone files, one per zone (the last two labels
 * of each name; `in-addr.arpa` and `ip6.arpa` for reverse names), with an SOA and NS added,
 * and an empty root zone so that names outside them are NXDOMAIN, as a recursive resolver
 * would say, rather than REFUSED.
 * SPF entries become TXT records as the suite's driver serves them; `TIMEOUT` entries cannot be
 * written and are left out (`timeoutNames` lists them, so callers can skip cases that touch them).
 */
import { answerData, suiteEntries, type ZoneData } from '../../conformance/openspf-suite';

export interface ConvertedZones {
  /** Zone name (no trailing dot) → zone-file text. */
  readonly zones: ReadonlyMap<string, string>;
  readonly timeoutNames: ReadonlySet<string>;
}

/** A character-string in zone-file syntax: quoted, `"` and `\` escaped, bytes outside printable ASCII as `\DDD`. */
export function zoneString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (s[i] === '"' || s[i] === '\\') out += `\\${s[i]}`;
    else if (c < 32 || c > 126) out += `\\${String(c & 0xff).padStart(3, '0')}`;
    else out += s[i];
  }
  return `${out}"`;
}

/** A domain name in zone-file syntax (absolute; spaces and specials escaped). */
export function zoneName(name: string): string {
  let out = '';
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    if (!/[A-Za-z0-9._*-]/.test(ch)) out += `\\${String(c & 0xff).padStart(3, '0')}`;
    else out += ch;
  }
  return `${out}.`;
}

function zoneOf(name: string): string {
  const labels = name.split('.');
  const n = labels.length;
  if (n >= 2 && labels[n - 1] === 'arpa') return labels.slice(-2).join('.');
  return labels.slice(-2).join('.');
}

export function convertZonedata(zonedata: ZoneData): ConvertedZones {
  const zones = new Map<string, string[]>();
  const timeoutNames = new Set<string>();
  for (const [name, entries] of suiteEntries(zonedata)) {
    const zone = zoneOf(name);
    const lines = zones.get(zone) ?? [`$TTL 300`, `${zone}. IN SOA ns.${zone}. hostmaster.${zone}. 1 7200 3600 1209600 300`, `${zone}. IN NS ns.${zone}.`];
    zones.set(zone, lines);
    for (const e of entries) {
      if (e === 'TIMEOUT') {
        timeoutNames.add(name);
        continue;
      }
      const data = answerData(e.type, e.value);
      if (!data) continue;
      const owner = zoneName(name);
      switch (data.type) {
        case 'TXT':
          lines.push(`${owner} IN TXT ${data.strings.length === 0 ? '""' : data.strings.map(zoneString).join(' ')}`);
          break;
        case 'A':
        case 'AAAA':
          lines.push(`${owner} IN ${data.type} ${data.address}`);
          break;
        case 'MX':
          lines.push(`${owner} IN MX ${data.preference} ${zoneName(data.exchange)}`);
          break;
        case 'PTR':
        case 'CNAME':
          lines.push(`${owner} IN ${data.type} ${zoneName(data.target)}`);
          break;
        default:
          break;
      }
    }
  }
  zones.set('.', ['$TTL 300', '. IN SOA ns.root. hostmaster.root. 1 7200 3600 1209600 300', '. IN NS ns.root.']);
  return { zones: new Map([...zones].map(([z, lines]) => [z, `${lines.join('\n')}\n`])), timeoutNames };
}
