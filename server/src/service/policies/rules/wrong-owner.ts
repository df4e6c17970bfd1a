/**
 * Rule: policy/wrong-owner. A TXT value that announces one kind of policy at an owner name
 * where receivers look for another, or for none: `v=DMARC1` at the apex, `v=DKIM1` outside
 * `_domainkey`, SPF at `_dmarc`. Receivers never find it there.
 */
import type { RecordSite } from '../../model';
import { defineRule, rfc } from '../../rules/define-rule';
import { classify, VERSION_TAGS, type PolicyKind } from '../kinds';
import { valueReporter } from '../value-edits';

/** Where each kind is looked up, for messages. */
const HOME: Readonly<Record<Exclude<PolicyKind, 'dmarc-report'>, string>> = {
  spf: 'the domain that sends the mail (the MAIL FROM or HELO domain)',
  dmarc: '`_dmarc.<domain>` (RFC 9989 §4.10)',
  dkim: '`<selector>._domainkey.<domain>` (RFC 6376 §3.6.2.1)',
  bimi: '`<selector>._bimi.<domain>`, usually `default._bimi.<domain>`',
  'mta-sts': '`_mta-sts.<domain>` (RFC 8461 §3.1)',
  'tls-rpt': '`_smtp._tls.<domain>` (RFC 8460 §3)',
};

function suggestion(record: RecordSite, kind: Exclude<PolicyKind, 'dmarc-report'>): string {
  const owner = record.owner;
  switch (kind) {
    case 'dmarc':
      return ` Publish it at \`_dmarc.${owner}\` instead.`;
    case 'mta-sts':
      return ` Publish it at \`_mta-sts.${owner}\` instead.`;
    case 'tls-rpt':
      return ` Publish it at \`_smtp._tls.${owner}\` instead.`;
    default:
      return '';
  }
}

export const wrongOwner = defineRule({
  code: 'policy/wrong-owner',
  severity: 'warning',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: rfc(9989, '4.10'),
  docs: {
    what: 'A TXT record whose content is one kind of policy (SPF, DMARC, DKIM, BIMI, MTA-STS, TLS-RPT) at an owner name where receivers look for another kind, or for none.',
    why: 'Receivers look each policy up at a fixed name. A DMARC record at the apex or a DKIM key outside `_domainkey` is never found, so the domain runs without the protection it was meant to have.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=DMARC1; p=reject"',
    good: '$ORIGIN example.com.\n_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const c = classify(record);
    const value = record.value;
    if (!c?.byContent || !value) return;
    const content = c.byContent;
    const owner = c.byOwner;
    if (owner === content || (owner === 'dmarc-report' && content === 'dmarc')) return;
    // SPF may be published at any name that sends mail or is included; only policy names are wrong.
    if (content === 'spf' && owner === undefined) return;
    const tag = value.text.match(/^\s*v\s*=\s*[^;\s]*/);
    const end = tag ? tag[0].length : VERSION_TAGS[content].length;
    const start = tag ? value.text.length - value.text.trimStart().length : 0;
    const where = owner ? `\`${record.owner}\` is where receivers look for ${owner.toUpperCase()} records` : `receivers do not look for it at \`${record.owner}\``;
    valueReporter(record, value, context).report(
      start,
      end,
      `This is ${content === 'spf' ? 'an' : 'a'} ${content.toUpperCase()} record, but ${where}; ${content.toUpperCase()} records are looked up at ${HOME[content]}.${owner ? '' : suggestion(record, content)}`,
    );
  },
});
