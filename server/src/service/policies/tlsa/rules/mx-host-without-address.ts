/**
 * Rule: tlsa/mx-host-without-address. A `_25._tcp.<host>` TLSA record for an MX host of the zone
 * whose name has no A, AAAA or CNAME record in the zone (RFC 7672 §2.2.1: TLSA records are
 * looked up only for MX hosts with an address), so the record is never used.
 */
import type { RecordSite } from '../../../model';
import { defineRule, rfc } from '../../../rules/define-rule';
import { absoluteName, isInZone } from '../../../records/names';
import { ownerOrTypeRange } from '../../../zone-rules/record-index';
import { cached } from '../../cache';
import { tlsaOwner } from '../parse';

/**
 * The MX exchanges (absolute, lower case) named in a record list, once per list and run. A
 * reverse lookup (which names some MX points at) that owner lookups cannot answer, so it reads
 * every record: the rule asks it last, only for hosts without an address.
 */
function mxTargets(records: readonly RecordSite[]): ReadonlySet<string> {
  return cached('tlsa-mx-targets', records, () => {
    const out = new Set<string>();
    for (const r of records) {
      const t = r.type === 'MX' && !r.generic ? r.rdata[1] : undefined;
      if (t && !t.quoted && t.raw !== '.') out.add(absoluteName(t.raw, r.origin));
    }
    return out;
  });
}

const isAddress = (r: RecordSite) => r.type === 'A' || r.type === 'AAAA' || r.type === 'CNAME';

/**
 * True when `host` has an address in the records `at` looks names up in, or may have one that
 * this zone cannot see: a wildcard above it, or a delegation (NS) between it and the apex.
 */
function hasAddress(host: string, zone: string, at: (owner: string) => readonly RecordSite[]): boolean {
  if (at(host).some(isAddress)) return true;
  for (let name = host; name !== zone && name.includes('.') && name !== '.'; name = name.slice(name.indexOf('.') + 1)) {
    const parent = name.slice(name.indexOf('.') + 1);
    if (at(`*.${parent}`).some(isAddress)) return true;
    if (at(name).some((r) => r.type === 'NS')) return true;
  }
  return false;
}

export const tlsaMxHostWithoutAddress = defineRule({
  code: 'tlsa/mx-host-without-address',
  scope: 'record',
  types: ['TLSA'],
  severity: 'warning',
  reference: rfc(7672, '2.2.1'),
  docs: {
    what: 'An SMTP TLSA record (`_25._tcp.<host>`) for an MX host whose name has no A, AAAA or CNAME record in this zone.',
    why: 'Senders look up TLSA records for the MX host they connect to; a host without an address receives no mail, so the record is never used — usually the host name is misspelt in the TLSA owner or the MX.',
    bad: '$ORIGIN example.com.\n@ MX 10 mail\nmail A 192.0.2.25\n_25._tcp.mx IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n@ MX 20 mx',
    good: '$ORIGIN example.com.\n@ MX 10 mail\nmail A 192.0.2.25\n_25._tcp.mail IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  },
  check(record, context) {
    const owner = tlsaOwner(record.owner);
    const zone = context.document.zoneOrigin;
    if (!owner || owner.port !== '25' || owner.proto !== 'tcp' || !zone || !isInZone(owner.host, zone)) return;
    // Names looked up first (the editor re-runs the check when the records at them change); the
    // reverse lookup of MX targets reads every record, which makes the check run after every
    // edit, so it is asked only for a host without an address.
    if (hasAddress(owner.host, zone, (n) => context.recordsAt(n)) || hasAddress(owner.host, zone, (n) => context.relatedRecordsAt(n))) return;
    if (!mxTargets(context.allRecords).has(owner.host) && !mxTargets(context.relatedRecords).has(owner.host)) return;
    const name = owner.host.slice(0, -1);
    context.report({
      range: ownerOrTypeRange(record),
      message: `\`${name}\` is an MX host but has no A, AAAA or CNAME record in this zone, so no mail reaches it and this TLSA record is never used (RFC 7672 §2.2.1). Add the host's address, or correct the host name in the owner or the MX record.`,
      record,
    });
  },
});
