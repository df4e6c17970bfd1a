/**
 * Rule: dmarc/p-none. `p=none`: monitoring only; receivers take no action on mail that fails
 * DMARC (RFC 9989 §4.7).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput } from '../support';

export const pNone = defineRule({
  code: 'dmarc/p-none',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A DMARC policy of `p=none`.',
    why: '`p=none` is monitoring only: mail that fails DMARC, including spoofed mail, is delivered as usual. It is the right first step, but not a protection.',
    bad: '_dmarc  TXT  "v=DMARC1; p=none; rua=mailto:dmarc@example.com"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { policy: true });
    const p = d?.dmarc.byName.get('p');
    if (!d || !p || p.value.toLowerCase() !== 'none') return;
    d.at.report(
      p.valueStart,
      p.valueEnd,
      '`p=none` is monitoring only: receivers deliver mail that fails DMARC as usual. Once the reports show all legitimate mail passes, move to `p=quarantine`, then `p=reject`.',
    );
  },
});
