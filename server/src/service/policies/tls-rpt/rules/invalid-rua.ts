/**
 * Rule: tls-rpt/invalid-rua. `rua=` is a comma-separated list of `mailto:` and `https:` URIs;
 * anything else cannot receive reports.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { checkUri, commaItems } from '../../cross/tag-records';
import { valueReporter } from '../../value-edits';
import { checkedTlsRpt } from '../parse';

export const tlsRptInvalidRua = defineRule({
  code: 'tls-rpt/invalid-rua',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8460, '3'),
  docs: {
    what: 'A TLS-RPT `rua=` destination that is not a `mailto:` URI with an address or an `https:` URI with a host: a bare address, `http:`, another scheme, or an empty item.',
    why: 'Senders deliver reports only by mail (`mailto:`) or HTTPS POST (`https:`); another destination receives nothing, and a malformed `rua=` makes the record invalid.',
    bad: '$ORIGIN example.com.\n_smtp._tls  TXT  "v=TLSRPTv1; rua=tlsrpt@example.com"',
    good: '$ORIGIN example.com.\n_smtp._tls  TXT  "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"',
  },
  check(record, context) {
    const r = checkedTlsRpt(record);
    if (!r) return;
    const rua = r.list.tags.find((t) => t.name === 'rua');
    if (!rua) return;
    const at = valueReporter(record, record.value!, context);
    if (rua.value === '') {
      at.report(rua.start, rua.end, '`rua=` is empty, so senders have nowhere to send reports and the record is invalid: add `mailto:<address>` or `https://<host>/<path>`.');
      return;
    }
    for (const item of commaItems(rua)) {
      const text = item.text;
      if (text === '') {
        at.report(Math.max(rua.valueStart, item.start - 1), Math.min(rua.valueEnd, item.end + 1), 'Empty destination in the `rua=` list, which makes the record invalid: remove the extra comma.');
        continue;
      }
      const check = checkUri(text);
      if (!check.ok) {
        if (check.problem === 'no-scheme' && /^[^@\s:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(text)) {
          at.report(item.start, item.end, `\`${text}\` is an address, not a URI; senders need \`mailto:${text}\`.`, [at.replace('Add `mailto:`', item.start, item.start, 'mailto:')]);
        } else if (check.problem === 'bad-mailbox') {
          at.report(item.start, item.end, `\`${text}\` is not a \`mailto:\` URI with a full address (\`mailto:local@domain.example\`): correct the address.`);
        } else if (check.problem === 'bad-char') {
          at.report(item.start, item.end, `\`${text}\` holds characters not allowed in a URI (spaces, quotes, \`<>\`...); separate destinations with \`,\` and percent-encode the rest.`);
        } else if (check.problem === 'no-host' || check.problem === 'bad-host') {
          at.report(item.start, item.end, `\`${text}\` has no valid host name: write \`https://<host>/<path>\` with a fully qualified host.`);
        } else {
          at.report(item.start, item.end, `\`${text}\` is not a URI: write \`mailto:<address>\` or \`https://<host>/<path>\`.`);
        }
        continue;
      }
      if (check.scheme === 'mailto' || check.scheme === 'https') continue;
      if (check.scheme === 'http') {
        at.report(item.start, item.end, 'Reports are only POSTed over HTTPS; senders ignore an `http:` destination: serve it over HTTPS and write `https:`.', [
          at.replace('Change to `https:`', item.start, item.start + 4, 'https'),
        ]);
        continue;
      }
      at.report(item.start, item.end, `Senders deliver reports only to \`mailto:\` and \`https:\` URIs, not \`${check.scheme}:\`: use one of those.`);
    }
  },
});
