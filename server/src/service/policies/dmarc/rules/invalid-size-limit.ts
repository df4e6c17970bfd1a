/**
 * Rule: dmarc/invalid-size-limit. A `!` after a report URI that is not an RFC 7489 size limit
 * (`!` then digits and an optional `k`, `m`, `g` or `t`), RFC 7489 §6.2.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { uriListOf } from '../parse';
import { dmarcInput, fixOf } from '../support';

export const invalidSizeLimit = defineRule({
  code: 'dmarc/invalid-size-limit',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(7489, '6.2'),
  docs: {
    what: 'A malformed size limit after a report URI (`!10x`, `!`).',
    why: 'RFC 7489 allows `!` followed by digits and an optional unit `k`, `m`, `g` or `t`; anything else makes the URI invalid and receivers may send no reports to it.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com!10x"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    for (const name of ['rua', 'ruf'] as const) {
      for (const uri of uriListOf(d.dmarc, name)?.uris ?? []) {
        if (uri.size === undefined || uri.sizeBytes !== undefined) continue;
        d.at.report(
          uri.uriEnd,
          uri.end,
          `\`!${uri.size}\` is not a size limit (digits then an optional \`k\`, \`m\`, \`g\` or \`t\`), and receivers may reject the URI: remove it (RFC 9989 dropped size limits), or write e.g. \`!10m\`.`,
          [fixOf(d, `Remove \`!${uri.size}\``, [{ start: uri.uriEnd, end: uri.end, text: '' }])],
        );
      }
    }
  },
});
