/**
 * Rule: dmarc/p-not-second. `p` is not the tag right after `v=DMARC1`. RFC 7489 §6.3 requires
 * `v` and `p` first and in that order; RFC 9989 allows any order after `v`, but strict RFC 7489
 * parsers reject the record.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput, fixOf, insertionAfterVersion, tagRemoval } from '../support';

export const pNotSecond = defineRule({
  code: 'dmarc/p-not-second',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(7489, '6.3'),
  docs: {
    what: 'A DMARC record whose `p=` tag does not directly follow `v=DMARC1`.',
    why: 'RFC 7489, which most receivers still run, requires `p` as the second tag; RFC 9989 relaxed this, but strict older parsers may reject the record.',
    bad: '_dmarc  TXT  "v=DMARC1; rua=mailto:dmarc@example.com; p=reject"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { policy: true });
    if (!d || d.dmarc.version !== 'ok') return;
    const p = d.dmarc.byName.get('p');
    const second = d.dmarc.tags[1];
    if (!p || !second || second === p || d.dmarc.tags[0] === p) return;
    const written = d.dmarc.text.slice(p.start, p.end);
    const insertion = insertionAfterVersion(d.dmarc, written);
    d.at.report(p.start, p.end, `RFC 7489 requires \`p\` right after \`v=DMARC1\`, and strict RFC 7489 parsers reject this order (RFC 9989 allows it): move \`${written}\` to second place.`, [
      fixOf(d, `Move \`${written}\` after \`v=DMARC1\``, [insertion, { ...tagRemoval(d.dmarc.text, p), text: '' }]),
    ]);
  },
});
