/**
 * Rule: mta-sts/policy-mx-unmatched-testing. With `mode: testing`, an MX host of the policy's
 * domain that no `mx` pattern matches (RFC 8461 §4.1): reported as failures now, refused later.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportUnmatched } from '../policy-file/mx-coverage';

export const policyMxUnmatchedTesting = defineRule({
  code: 'mta-sts/policy-mx-unmatched-testing',
  scope: 'document',
  severity: 'warning',
  reference: rfc(8461, '4.1'),
  docs: {
    language: 'mta-sts-policy',
    what: 'A policy in mode `testing` whose `mx` patterns miss an MX host of its domain, in a zone checked together with the policy.',
    why: 'In `testing` mail is still delivered, but every delivery to that host is reported as a failure, and it will be refused once the mode is `enforce`. (Policy file `mta-sts.txt` beside the zone.)',
    bad: '; example.com zone: @ MX 10 mail.example.com.\nversion: STSv1\nmode: testing\nmx: mx.example.com\nmax_age: 604800',
    good: '; example.com zone: @ MX 10 mail.example.com.\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800',
  },
  check(document, context) {
    reportUnmatched(document, context, 'testing');
  },
});
