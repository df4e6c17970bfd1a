/**
 * Which domain a policy file belongs to, and that domain's MX hosts in the zones Zonemail is
 * given with it (other open documents in the editor, other files of one `zonemail check` run).
 *
 * 1. From the path: `…/mta-sts.<domain>/.well-known/mta-sts.txt` or `…/<domain>/.well-known/mta-sts.txt`
 *    (the folder a web server serves `https://mta-sts.<domain>/` from) names the domain.
 * 2. Otherwise every domain whose `_mta-sts.<domain>` TXT record is in the related zones: the policy
 *    file is checked against each of them (one policy file often serves several domains).
 */
import type { RecordSite } from '../../../model';
import { absoluteName } from '../../../records/names';

/** Path segments of a URI, decoded. */
function segments(uri: string): string[] {
  const path = uri.split(/[?#]/, 1)[0] ?? uri;
  return path.split('/').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

function plausibleDomain(name: string): boolean {
  if (name.length === 0 || name.length > 253 || !name.includes('.')) return false;
  const labels = name.split('.');
  for (const label of labels) {
    if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(label)) return false;
  }
  return !/^[0-9]+$/.test(labels[labels.length - 1]!);
}

/** The domain (absolute, lower case) the path of a policy file names, or undefined. */
export function domainFromPath(uri: string): string | undefined {
  const parts = segments(uri);
  const n = parts.length;
  if (n < 3 || parts[n - 1]!.toLowerCase() !== 'mta-sts.txt' || parts[n - 2]!.toLowerCase() !== '.well-known') return undefined;
  let folder = parts[n - 3]!.toLowerCase();
  if (folder.startsWith('mta-sts.')) folder = folder.slice('mta-sts.'.length);
  return plausibleDomain(folder) ? `${folder}.` : undefined;
}

/** The domains a policy file is checked against: from its path, else every `_mta-sts` owner. */
export function policyDomains(uri: string, records: readonly RecordSite[]): string[] {
  const fromPath = domainFromPath(uri);
  if (fromPath) return [fromPath];
  const out = new Set<string>();
  for (const r of records) {
    if (r.type === 'TXT' && r.owner.startsWith('_mta-sts.')) out.add(r.owner.slice('_mta-sts.'.length));
  }
  return [...out];
}

export interface MxHost {
  /** Absolute, lower case, with the trailing dot. */
  readonly host: string;
  readonly record: RecordSite;
}

/** The MX hosts of `domain` among the records (null MX `0 .` left out), each host once. */
export function mxHostsOf(domain: string, records: readonly RecordSite[]): MxHost[] {
  const out: MxHost[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    if (r.type !== 'MX' || r.owner !== domain || r.generic) continue;
    const exchange = r.rdata[1];
    if (!exchange || exchange.quoted || exchange.raw === '.') continue;
    const host = absoluteName(exchange.raw, r.origin);
    if (seen.has(host)) continue;
    seen.add(host);
    out.push({ host, record: r });
  }
  return out;
}
