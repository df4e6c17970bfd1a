/**
 * Rule: zone/invalid-rdata
 * RDATA that does not match its type's presentation format: wrong number of fields, numbers out
 * of range, malformed addresses, names, hex or base64, digests of the wrong length, bad SvcParams
 * and RFC 3597 generic data whose length does not match.
 */
import { defineRule, rfc } from '../rules/define-rule';
import { validateRdata } from '../records/rdata/validate';

export const invalidRdataRule = defineRule({
  code: 'zone/invalid-rdata',
  scope: 'record',
  severity: 'error',
  reference: rfc(1035, '5.1'),
  docs: {
    what: "Finds RDATA that does not match the record type's format (field count, numbers, addresses, names, hex, base64, SvcParams).",
    why: 'Name servers refuse to load a zone with malformed RDATA, or serve data that resolvers and mail servers cannot use.',
    bad: 'example.com. 3600 IN MX mail.example.com.',
    good: 'example.com. 3600 IN MX 10 mail.example.com.',
  },
  check(record, context) {
    for (const problem of validateRdata(record)) {
      context.report({ range: problem.range, message: problem.message, record });
    }
  },
});
