/**
 * Rule: dmarc/missing-semicolon. Two tags separated by whitespace instead of `;`
 * (`p=reject rua=...`): the first tag's value swallows the next tag (RFC 9989 §4.8).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput } from '../support';

export const missingSemicolon = defineRule({
  code: 'dmarc/missing-semicolon',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.8'),
  docs: {
    what: 'Two DMARC tags separated by whitespace instead of `;`.',
    why: 'Tags are separated by `;`. Without it, `p=reject rua=mailto:...` is one tag whose value is `reject rua=mailto:...`: receivers see an invalid policy and no report address.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject rua=mailto:dmarc@example.com"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    for (const at of d.dmarc.missingSemicolons) {
      d.at.report(at, at + 1, 'A `;` is missing between these two tags, so the first tag swallows the second: insert `;`.', [d.at.replace('Insert `;`', at, at, ';')]);
    }
  },
});
