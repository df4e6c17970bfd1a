/**
 * Rule: tlsa/smtp-pkix-usage. TLSA usages 0 (PKIX-TA) and 1 (PKIX-EE) at port 25: SMTP clients
 * do not do PKIX validation, so these SHOULD NOT be used (RFC 7672 §3.1.3). Offers the DANE
 * usage with the same data: 1 → 3 (DANE-EE), 0 → 2 (DANE-TA).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { tlsaFields, tlsaOwner } from '../parse';

export const tlsaSmtpPkixUsage = defineRule({
  code: 'tlsa/smtp-pkix-usage',
  scope: 'record',
  types: ['TLSA'],
  severity: 'warning',
  reference: rfc(7672, '3.1.3'),
  docs: {
    what: 'A TLSA record for SMTP (`_25._tcp`) with usage 0 (PKIX-TA) or 1 (PKIX-EE).',
    why: 'SMTP servers are not authenticated with the public CA system, so DANE SMTP clients treat usages 0 and 1 as unusable; with no other record, delivery is not authenticated at all. Use `3 1 1` (the server key) or `2 1 1` (the issuing CA key).',
    bad: '_25._tcp.mail IN TLSA 1 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    good: '_25._tcp.mail IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  },
  check(record, context) {
    const owner = tlsaOwner(record.owner);
    if (!owner || owner.port !== '25' || owner.proto !== 'tcp') return;
    const f = tlsaFields(record);
    if (!f || (f.usage !== 0 && f.usage !== 1)) return;
    const dane = f.usage === 1 ? 3 : 2;
    const names = ['PKIX-TA', 'PKIX-EE', 'DANE-TA', 'DANE-EE'];
    context.report({
      range: f.usageToken.range,
      message: `Usage ${f.usage} (${names[f.usage]}) SHOULD NOT be used for SMTP: mail servers do not validate against public CAs, so DANE clients treat the record as unusable (RFC 7672 §3.1.3). Use ${dane} (${names[dane]}) with the same data, or the recommended \`3 1 1\` / \`2 1 1\`.`,
      fixes: [{ title: `Change the usage to ${dane} (${names[dane]})`, edits: [{ range: f.usageToken.range, newText: String(dane) }], isPreferred: true }],
      record,
    });
  },
});
