/**
 * Rule: cross/null-mx-policy. A domain with a null MX (`MX 0 .`, it receives no mail) should
 * also say it sends none: `v=spf1 -all` and a DMARC `p=reject`, or forged mail from it passes.
 * A record rule on MX records: a null MX looks its owner's SPF and DMARC records up
 * (`recordsAt`, else the other open documents).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { contentKind } from '../../kinds';
import { dmarcFor, lookup } from '../mail-index';

export const crossNullMxPolicy = defineRule({
  code: 'cross/null-mx-policy',
  severity: 'information',
  scope: 'record',
  types: ['MX'],
  reference: rfc(7505, '4'),
  docs: {
    what: 'A domain with a null MX (`MX 0 .`) that does not also publish `v=spf1 -all` and a DMARC policy `p=reject` in this zone.',
    why: 'A null MX says the domain receives no mail; bounces to it cannot be delivered, so it should not send mail either. Without `v=spf1 -all` and DMARC `p=reject`, receivers accept mail forged in its name.',
    bad: '$ORIGIN example.com.\nparked  MX  0 .',
    good: '$ORIGIN example.com.\nparked         MX   0 .\nparked         TXT  "v=spf1 -all"\n_dmarc.parked  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    if (record.generic) return;
    const rdata = record.rdata;
    const exchange = rdata[1];
    if (!exchange || exchange.raw !== '.' || rdata[0]?.raw !== '0') return;
    const find = lookup(context);
    const apex = context.document.zoneOrigin;
    const domain = record.owner;
    const missing: string[] = [];
    const spf = find(domain).filter((r) => r.type === 'TXT' && r.value && contentKind(r.value.text) === 'spf');
    if (spf.length === 0) missing.push('no SPF record (publish `v=spf1 -all`)');
    else if (!spf.every((r) => /^v=spf1[ \t]+-all[ \t]*$/i.test(r.value!.text))) missing.push('an SPF record that authorises senders (a domain that sends no mail publishes `v=spf1 -all`)');
    const found = dmarcFor(domain, find, apex);
    const main = found.own ?? found.parent;
    if (!main) {
      if (apex && apex.split('.').length === 3) missing.push(`no DMARC record (publish \`_dmarc.${domain} TXT "v=DMARC1; p=reject"\`)`);
    } else {
      const policy = found.own ? found.own.tags.get('p') : found.parent!.tags.get('sp') ?? found.parent!.tags.get('p');
      if (policy !== 'reject') missing.push(`a DMARC policy of \`${policy ?? 'none'}\` from \`_dmarc.${main.domain}\` (use \`p=reject\`)`);
    }
    if (missing.length === 0) return;
    context.report({
      range: exchange.range,
      message: `\`${domain}\` accepts no mail (null MX), so it should send none either, but it has ${missing.join(' and ')}; otherwise receivers accept mail forged in its name.`,
      record,
    });
  },
});
