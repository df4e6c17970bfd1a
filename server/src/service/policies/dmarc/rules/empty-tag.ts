/**
 * Rule: dmarc/empty-tag. Two `;` with nothing between them (`v=DMARC1;; p=reject`). The grammar
 * (RFC 9989 §4.8, RFC 7489 §6.4) has one `;` between tags; many receivers skip the empty tag,
 * strict parsers reject the record.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput } from '../support';

export const emptyTag = defineRule({
  code: 'dmarc/empty-tag',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.8'),
  docs: {
    what: 'An empty tag between two `;` in a DMARC record.',
    why: 'The DMARC grammar separates tags with a single `;` (a trailing `;` is allowed). Lenient receivers skip the empty tag, but strict parsers reject the whole record.',
    bad: '_dmarc  TXT  "v=DMARC1;; p=reject"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    const text = d.dmarc.text;
    for (const p of d.dmarc.problems) {
      if (p.kind !== 'empty-spec') continue;
      let from = p.start;
      while (from > 0 && (text.charCodeAt(from - 1) === 32 || text.charCodeAt(from - 1) === 9)) from--;
      d.at.report(p.start, p.end, 'There is no tag before this `;`, and strict parsers reject a record with an empty tag: remove the extra `;`.', [
        d.at.replace('Remove the extra `;`', from, p.end, ''),
      ]);
    }
  },
});
