/**
 * Rule: spf/obsolete-rr-type. A record of the SPF RR type (99): obsolete since RFC 7208 (§3.1,
 * §14.1); receivers query only TXT. Fix: change the type to TXT, offered when the name has no
 * SPF TXT record yet (otherwise the record can simply go).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { findSpf, NOWHERE, ruleScope } from '../lookups';

export const obsoleteRrType = defineRule({
  code: 'spf/obsolete-rr-type',
  severity: 'warning',
  scope: 'record',
  types: ['SPF'],
  reference: rfc(7208, '3.1'),
  docs: {
    what: 'A record of the obsolete SPF RR type (type 99).',
    why: 'RFC 7208 removed the SPF RR type: receivers look only at TXT records. A policy published only as type SPF is not seen at all.',
    bad: '$ORIGIN example.com.\n@  SPF  "v=spf1 mx -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx -all"',
  },
  check(record, context) {
    const hasTxt = findSpf(record.owner, { local: ruleScope(context).local, related: NOWHERE }) !== undefined;
    context.report({
      range: record.typeRange,
      message: hasTxt
        ? 'The SPF record type (99) is obsolete and receivers do not query it; this name also has an SPF TXT record, which is the one that counts. Remove this record.'
        : 'The SPF record type (99) is obsolete and receivers do not query it, so this policy is not seen. Publish it as a TXT record.',
      record,
      ...(hasTxt ? {} : { fixes: [{ title: 'Change the type to TXT', edits: [{ range: record.typeRange, newText: 'TXT' }], isPreferred: true }] }),
    });
  },
});
