/** Rule: tlsa/selector. A selector other than 0 (Cert), 1 (SPKI) or 255 (private use) (RFC 6698 §2.1.2). */
import { defineRule, rfc } from '../../../rules/define-rule';
import { tlsaFields } from '../parse';

export const tlsaSelector = defineRule({
  code: 'tlsa/selector',
  scope: 'record',
  types: ['TLSA'],
  severity: 'error',
  reference: rfc(6698, '2.1.2'),
  docs: {
    what: 'A TLSA selector that is not 0, 1 or 255.',
    why: 'Clients ignore a TLSA record with an unknown selector, so it authenticates nothing.',
    bad: '_25._tcp.mail IN TLSA 3 2 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    good: '_25._tcp.mail IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  },
  check(record, context) {
    const f = tlsaFields(record);
    if (!f || f.selector <= 1 || f.selector === 255) return;
    context.report({
      range: f.selectorToken.range,
      message: `TLSA selector ${f.selector} is not defined, so clients ignore this record (RFC 6698 §2.1.2). Use 1 (SPKI: the public key, survives certificate renewal with the same key) or 0 (Cert: the whole certificate).`,
      record,
    });
  },
});
