/**
 * Rule: dmarc/fo-without-ruf. `fo=` without a `ruf=` destination: failure reporting options do
 * nothing when no one receives failure reports (RFC 9989 §4.7).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { uriListOf } from '../parse';
import { dmarcInput, removeTagFix } from '../support';

export const foWithoutRuf = defineRule({
  code: 'dmarc/fo-without-ruf',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A DMARC record with failure reporting options (`fo=`) but no failure report destination (`ruf=`).',
    why: '`fo` only says when failure reports are generated; without `ruf` nobody receives them, so the tag has no effect.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; fo=1"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; fo=1; ruf=mailto:dmarc-failures@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { policy: true });
    const fo = d?.dmarc.byName.get('fo');
    if (!d || !fo) return;
    const ruf = uriListOf(d.dmarc, 'ruf');
    if (ruf && ruf.uris.length > 0) return;
    d.at.report(fo.start, fo.end, '`fo` has no effect without a `ruf=` destination for failure reports: add `ruf=mailto:...`, or remove `fo`.', [
      removeTagFix(d, fo, `Remove \`${d.dmarc.text.slice(fo.start, fo.end)}\``, false),
    ]);
  },
});
