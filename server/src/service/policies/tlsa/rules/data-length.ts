/**
 * Rule: tlsa/data-length. Association data whose length does not fit its matching type:
 * SHA2-256 is 32 octets, SHA2-512 64 (RFC 6698 §2.1.3, RFC 7218 §2.3). Offers the other
 * matching type when the length fits it.
 */
import type { Fix } from '../../../model';
import { defineRule, rfc } from '../../../rules/define-rule';
import { tlsaFields } from '../parse';

const LENGTHS: Readonly<Record<number, { octets: number; name: string }>> = {
  1: { octets: 32, name: 'SHA2-256' },
  2: { octets: 64, name: 'SHA2-512' },
};

export const tlsaDataLength = defineRule({
  code: 'tlsa/data-length',
  scope: 'record',
  types: ['TLSA'],
  severity: 'error',
  reference: rfc(6698, '2.1.3'),
  docs: {
    what: 'TLSA association data that is not 32 octets (64 hex digits) with matching type 1 (SHA2-256), or 64 octets (128 hex digits) with type 2 (SHA2-512).',
    why: 'A digest of the wrong length never matches the server certificate: the record is useless, and if it is the only one, DANE-validating senders refuse to deliver.',
    bad: '_25._tcp.mail IN TLSA 3 1 1 0123456789abcdef0123456789abcdef',
    good: '_25._tcp.mail IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  },
  check(record, context) {
    const f = tlsaFields(record);
    const want = f ? LENGTHS[f.matchingType] : undefined;
    if (!f || !want || f.data.length === want.octets) return;
    const other = Object.entries(LENGTHS).find(([, v]) => v.octets === f.data.length);
    const fixes: Fix[] = other
      ? [{ title: `Change the matching type to ${other[0]} (${other[1].name})`, edits: [{ range: f.matchingToken.range, newText: other[0] }], isPreferred: true }]
      : [];
    context.report({
      range: f.dataRange,
      message:
        `Matching type ${f.matchingType} (${want.name}) needs ${want.octets} octets (${want.octets * 2} hex digits) of data, but this has ${f.data.length}, so it never matches (RFC 6698 §2.1.3). ` +
        (other ? `${f.data.length} octets is a ${other[1].name} digest: change the matching type to ${other[0]}.` : 'Paste the complete digest, e.g. from `openssl x509 -noout -pubkey | openssl pkey -pubin -outform DER | openssl sha256`.'),
      ...(fixes.length > 0 ? { fixes } : {}),
      record,
    });
  },
});
