/**
 * Rule: dmarc/invalid-uri. A `rua=`/`ruf=` entry that is not a usable URI: no valid scheme
 * (`__mailto:...`, `reports.example.com`), a `mailto:` without an address, or an empty entry
 * between commas (RFC 9989 §4.7, RFC 7489 §6.2).
 */
import type { Fix } from '../../../model';
import { defineRule, rfc } from '../../../rules/define-rule';
import { uriListOf } from '../parse';
import { dmarcInput, fixOf } from '../support';

export const invalidUri = defineRule({
  code: 'dmarc/invalid-uri',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A report destination that is not a usable URI, or an empty entry in the list.',
    why: 'Receivers send reports only to valid URIs; an invalid entry gets no reports, and strict receivers discard the whole list.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; rua=__mailto:dmarc@example.com"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    for (const name of ['rua', 'ruf'] as const) {
      const list = uriListOf(d.dmarc, name);
      if (!list) continue;
      for (const comma of list.emptyCommas) {
        d.at.report(comma, comma + 1, `There is no URI next to this comma in \`${name}\`: remove the extra comma.`, [fixOf(d, 'Remove the extra comma', [{ start: comma, end: comma + 1, text: '' }])]);
      }
      for (const uri of list.uris) {
        const written = uri.text.slice(0, uri.uriEnd - uri.start);
        if (uri.scheme === undefined) {
          const colon = written.indexOf(':');
          if (colon < 0 && written.includes('@')) continue; // dmarc/bare-address
          const mailto = written.toLowerCase().indexOf('mailto:');
          const fixes: Fix[] = mailto > 0 ? [fixOf(d, `Remove \`${written.slice(0, mailto)}\``, [{ start: uri.start, end: uri.start + mailto, text: '' }])] : [];
          d.at.report(uri.start, uri.uriEnd, `\`${written}\` is not a URI (it needs a scheme such as \`mailto:\`), so receivers send no reports to it: write \`mailto:<address>\`.`, fixes);
        } else if (uri.scheme === 'mailto' && uri.domain === undefined) {
          d.at.report(uri.start, uri.uriEnd, `\`${written}\` has no complete address (\`local@domain\`), so receivers cannot send reports to it: write \`mailto:reports@example.com\`.`);
        }
      }
    }
  },
});
