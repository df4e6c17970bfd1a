/**
 * Rule: tlsa/full-data. With matching type 0 (Full) the data is the DER certificate (selector 0)
 * or SubjectPublicKeyInfo (selector 1) itself (RFC 6698 §2.1.2, §2.1.3); data that is not is an
 * error. Offers the other selector when the data is the other structure.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { checkCertificate, checkSpki } from '../der';
import { tlsaFields } from '../parse';

export const tlsaFullData = defineRule({
  code: 'tlsa/full-data',
  scope: 'record',
  types: ['TLSA'],
  severity: 'error',
  reference: rfc(6698, '2.1.3'),
  docs: {
    what: 'TLSA data with matching type 0 (Full) that is not a DER certificate (selector 0) or SubjectPublicKeyInfo (selector 1).',
    why: 'The data is compared byte for byte with the certificate or key the server presents; anything else never matches.',
    bad: '_25._tcp.mail IN TLSA 3 1 0 0123456789abcdef',
    good: '_25._tcp.mail IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  },
  check(record, context) {
    const f = tlsaFields(record);
    if (!f || f.matchingType !== 0 || (f.selector !== 0 && f.selector !== 1)) return;
    const problem = f.selector === 0 ? checkCertificate(f.data) : checkSpki(f.data);
    if (!problem) return;
    const swapped = f.selector === 0 ? checkSpki(f.data) === undefined : checkCertificate(f.data) === undefined;
    const want = f.selector === 0 ? 'a DER X.509 certificate' : 'a DER SubjectPublicKeyInfo';
    const other = f.selector === 0 ? 1 : 0;
    context.report({
      range: f.dataRange,
      message: swapped
        ? `With selector ${f.selector} the data must be ${want}, but it is a ${other === 1 ? 'SubjectPublicKeyInfo' : 'certificate'}: change the selector to ${other} (RFC 6698 §2.1.2).`
        : `With selector ${f.selector} and matching type 0 the data must be ${want}, and it is not: ${problem} (RFC 6698 §2.1.3). Paste the complete DER in hex, or publish a digest instead: \`3 1 1 <SHA-256 of the public key>\`.`,
      ...(swapped ? { fixes: [{ title: `Change the selector to ${other}`, edits: [{ range: f.selectorToken.range, newText: String(other) }], isPreferred: true }] } : {}),
      record,
    });
  },
});
