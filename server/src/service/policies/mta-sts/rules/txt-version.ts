/**
 * Rule: mta-sts/txt-version. The TXT record at `_mta-sts.<domain>` must begin with exactly
 * `v=STSv1` (case-sensitive); senders discard records that do not.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportVersion, versionMessage } from '../../cross/tag-records';
import { rewriteValue } from '../../value-edits';
import { mtaStsTxt } from '../txt-parse';

export const mtaStsTxtVersion = defineRule({
  code: 'mta-sts/txt-version',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8461, '3.1'),
  docs: {
    what: 'A TXT record at `_mta-sts.<domain>` (or announcing MTA-STS) that does not begin with exactly `v=STSv1`.',
    why: 'Senders discard records that do not begin with `v=STSv1`; without a valid record they never fetch the policy and the domain has no MTA-STS protection.',
    bad: '$ORIGIN example.com.\n_mta-sts  TXT  "v=stsv1; id=20260101T000000"',
    good: '$ORIGIN example.com.\n_mta-sts  TXT  "v=STSv1; id=20260101T000000"',
  },
  check(record, context) {
    const r = mtaStsTxt(record);
    if (!r || r.nearMiss || !r.version) return;
    const p = r.version;
    reportVersion(record, context, p, versionMessage(p, 'STSv1', '`_mta-sts`'), 'STSv1', () => (p.rewrite !== undefined ? rewriteValue(record, p.rewrite) : undefined));
  },
});
