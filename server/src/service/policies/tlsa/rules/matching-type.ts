/**
 * Rule: tlsa/matching-type. A matching type other than 0 (Full), 1 (SHA2-256), 2 (SHA2-512) or
 * 255 (private use) (RFC 6698 §2.1.3).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { tlsaFields } from '../parse';

export const tlsaMatchingType = defineRule({
  code: 'tlsa/matching-type',
  scope: 'record',
  types: ['TLSA'],
  severity: 'error',
  reference: rfc(6698, '2.1.3'),
  docs: {
    what: 'A TLSA matching type that is not 0, 1, 2 or 255.',
    why: 'Clients ignore a TLSA record with an unknown matching type, so it authenticates nothing.',
    bad: '_25._tcp.mail IN TLSA 3 1 3 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    good: '_25._tcp.mail IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  },
  check(record, context) {
    const f = tlsaFields(record);
    if (!f || f.matchingType <= 2 || f.matchingType === 255) return;
    context.report({
      range: f.matchingToken.range,
      message: `TLSA matching type ${f.matchingType} is not defined, so clients ignore this record (RFC 6698 §2.1.3). Use 1 (SHA2-256 digest, the usual choice), 2 (SHA2-512) or 0 (the data itself).`,
      record,
    });
  },
});
