/**
 * Rule: tlsa/usage. A certificate usage other than 0–3 (PKIX-TA, PKIX-EE, DANE-TA, DANE-EE) or
 * 255 (private use) (RFC 6698 §2.1.1, RFC 7218 §2.1).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { tlsaFields } from '../parse';

export const tlsaUsage = defineRule({
  code: 'tlsa/usage',
  scope: 'record',
  types: ['TLSA'],
  severity: 'error',
  reference: rfc(6698, '2.1.1'),
  docs: {
    what: 'A TLSA certificate usage that is not 0, 1, 2, 3 or 255.',
    why: 'Clients ignore a TLSA record with an unknown usage, so it authenticates nothing; if it is the only record, DANE fails for the service.',
    bad: '_25._tcp.mail IN TLSA 4 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    good: '_25._tcp.mail IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  },
  check(record, context) {
    const f = tlsaFields(record);
    if (!f || f.usage <= 3 || f.usage === 255) return;
    context.report({
      range: f.usageToken.range,
      message: `TLSA usage ${f.usage} is not defined, so clients ignore this record (RFC 6698 §2.1.1). Use 3 (DANE-EE: the server's own key) or 2 (DANE-TA: the issuing CA), e.g. \`3 1 1 <SHA-256 of the public key>\`.`,
      record,
    });
  },
});
