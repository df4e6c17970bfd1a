/**
 * Rule: dmarc/bare-address. A report destination written as a bare address
 * (`rua=dmarc@example.com`): destinations are URIs, and receivers send nothing to an address
 * without `mailto:` (RFC 9989 §4.7, RFC 7489 §6.2).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { uriListOf } from '../parse';
import { dmarcInput, fixOf } from '../support';

export const bareAddress = defineRule({
  code: 'dmarc/bare-address',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A `rua=` or `ruf=` address without the `mailto:` scheme.',
    why: 'Report destinations are URIs. Receivers do not recognise `dmarc@example.com` as one and send no reports to it.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; rua=dmarc@example.com"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    for (const name of ['rua', 'ruf'] as const) {
      for (const uri of uriListOf(d.dmarc, name)?.uris ?? []) {
        if (uri.scheme !== undefined || !uri.text.includes('@') || uri.text.slice(0, uri.uriEnd - uri.start).includes(':')) continue;
        d.at.report(uri.start, uri.end, `\`${uri.text}\` is not a URI, so receivers send no reports to it: write \`mailto:${uri.text}\`.`, [
          fixOf(d, 'Add `mailto:`', [{ start: uri.start, end: uri.start, text: 'mailto:' }]),
        ]);
      }
    }
  },
});
