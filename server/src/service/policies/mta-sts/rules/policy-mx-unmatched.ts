/**
 * Rule: mta-sts/policy-mx-unmatched. With `mode: enforce`, an MX host of the policy's domain (in a
 * zone Zonemail is given with the policy) that no `mx` pattern matches (RFC 8461 §4.1).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportUnmatched } from '../policy-file/mx-coverage';

export const policyMxUnmatched = defineRule({
  code: 'mta-sts/policy-mx-unmatched',
  scope: 'document',
  severity: 'error',
  reference: rfc(8461, '4.1'),
  docs: {
    language: 'mta-sts-policy',
    what: 'An enforced policy whose `mx` patterns miss an MX host of its domain, in a zone checked together with the policy (open in the editor, or in the same `zonemail check` run). The domain comes from the path (`mta-sts.example.com/.well-known/mta-sts.txt`) or else from the zones that have an `_mta-sts` record.',
    why: 'Senders that enforce the policy refuse to deliver to an MX host no pattern matches; `*.example.com` matches one label only. (Policy file `mta-sts.txt` beside the zone.)',
    bad: '; example.com zone: @ MX 10 mx1.example.com. / @ MX 20 backup.example.net.\nversion: STSv1\nmode: enforce\nmx: *.example.com\nmax_age: 604800',
    good: '; example.com zone: @ MX 10 mx1.example.com. / @ MX 20 backup.example.net.\nversion: STSv1\nmode: enforce\nmx: *.example.com\nmx: backup.example.net\nmax_age: 604800',
  },
  check(document, context) {
    reportUnmatched(document, context, 'enforce');
  },
});
