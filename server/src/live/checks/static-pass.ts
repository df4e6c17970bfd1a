/**
 * Runs the static rules on what live DNS published: the records are written out as a small
 * zone file, parsed and validated by the language service, and each diagnostic becomes a finding
 * with the same code. Rules that judge a record against the rest of its zone (cross-record
 * checks, lookups followed through the zone) are left to the live checks, which see the rest
 * of DNS instead.
 */
import { getLanguageService, type ServiceDiagnostic } from '../../service';
import type { LiveKind, LiveRun } from './context';

export interface PublishedRecord {
  readonly name: string;
  readonly type: 'TXT' | 'TLSA';
  /** TXT: the character-strings; TLSA: the presentation RDATA. */
  readonly strings?: readonly string[];
  readonly rdata?: string;
}

/** Codes a live check reports itself (it sees what the synthetic zone cannot). */
const LEFT_TO_LIVE = new Set([
  'spf/too-many-lookups',
  'spf/missing-target',
  'spf/include-loop',
  'dmarc/external-destination',
  'dmarc/missing-authorization',
  'bimi/dmarc-not-enforced',
  'tlsa/mx-host-without-address',
]);

const service = getLanguageService();

/** Findings of one code reported from one static pass. */
export const MAX_PER_CODE = 5;

/** A character-string in zone-file presentation form (RFC 1035 §5.1). */
export function quoteString(text: string): string {
  let out = '"';
  for (const byte of Buffer.from(text, 'utf8')) {
    if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString().padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out}"`;
}

function keep(d: ServiceDiagnostic): boolean {
  if (LEFT_TO_LIVE.has(d.code)) return false;
  return !d.code.startsWith('zone/') && !d.code.startsWith('cross/');
}

/** Validates the records and reports the diagnostics as findings of `kind`. */
export function staticFindings(run: LiveRun, kind: LiveKind, records: readonly PublishedRecord[]): void {
  if (records.length === 0) return;
  const lines: string[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const r of records) {
    const rdata = r.type === 'TXT' ? (r.strings ?? []).map(quoteString).join(' ') : (r.rdata ?? '');
    const line = `${r.name.replace(/\.$/, '')}. 3600 IN ${r.type} ${rdata}`;
    starts.push(offset);
    lines.push(line);
    offset += line.length + 1;
  }
  const text = `${lines.join('\n')}\n`;
  const parsed = service.parse({ uri: `zonemail-live:/${run.domain}.zone`, text, languageId: 'dns-zone' }, true);
  if (!parsed) return;
  // A name may publish hundreds of records: the same finding is reported once, and each code
  // at most MAX_PER_CODE times, the last saying how many more there were.
  const out: { name: string; d: ServiceDiagnostic }[] = [];
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const d of service.validate(parsed)) {
    if (!keep(d)) continue;
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > d.range.start) i--;
    const name = records[i]!.name;
    const key = `${d.code}\u0000${name}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const count = (counts.get(d.code) ?? 0) + 1;
    counts.set(d.code, count);
    if (count <= MAX_PER_CODE) out.push({ name, d });
  }
  const lastOf = new Map(out.map((e, i) => [e.d.code, i]));
  out.forEach(({ name, d }, i) => {
    const extra = lastOf.get(d.code) === i ? (counts.get(d.code) ?? 0) - MAX_PER_CODE : 0;
    run.report(kind, d.code, extra > 0 ? `${d.message} (${extra} more like it not listed)` : d.message, name, d.severity);
  });
}
