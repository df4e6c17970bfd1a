/**
 * Rule: dkim/unknown-service-type. An `s=` entry other than `*`, `email` or `tlsrpt`
 * (RFC 6376 §3.6.1, RFC 8460 §3.3). Verifiers ignore it.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf } from '../parse';
import { SERVICES } from '../tags';

export const unknownServiceType = defineRule({
  code: 'dkim/unknown-service-type',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'An `s=` entry in a DKIM key record that is not a registered service type (`*`, `email`, `tlsrpt`).',
    why: 'Verifiers ignore unknown service types; if no listed type applies to mail, mail verifiers ignore the whole key (`s=mail` is a common slip for `s=email`).',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; s=mail; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; s=email; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const s = dkim?.get('s');
    if (!dkim || !value || !s?.items) return;
    const at = valueReporter(record, value, context);
    for (const item of s.items) {
      if (SERVICES.has(item.value.toLowerCase())) continue;
      const empty = item.start === item.end;
      const meant = item.value.toLowerCase().includes('mail') ? ' Did you mean `email`?' : '';
      at.report(
        empty ? s.start : item.start,
        empty ? s.end : item.end,
        `${empty ? '`s=` has an empty entry' : `\`${item.value}\` is not a DKIM service type`}; verifiers ignore it. Use \`email\`, \`*\` or \`tlsrpt\`.${meant}`,
      );
    }
  },
});
