/**
 * Rule: dkim/not-for-email. `s=` that lists neither `*` nor `email` (RFC 6376 §3.6.1): mail
 * verifiers ignore the key. Right for a TLS-RPT signing key (`s=tlsrpt`), wrong for mail.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf } from '../parse';

export const notForEmail = defineRule({
  code: 'dkim/not-for-email',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A DKIM key record whose `s=` lists neither `*` nor `email`.',
    why: 'Mail verifiers ignore a key whose service types do not include mail. That is right for a key that only signs TLS reports (`s=tlsrpt`, RFC 8460 §3.3); for a mail key every signature fails.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; s=tlsrpt; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; s=email:tlsrpt; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const s = dkim?.get('s');
    if (!dkim || !value || !s?.items) return;
    if (s.items.some((i) => i.value === '*' || i.value.toLowerCase() === 'email')) return;
    const empty = s.valueEnd === s.valueStart;
    valueReporter(record, value, context).report(
      empty ? s.start : s.valueStart,
      empty ? s.end : s.valueEnd,
      `\`s=${s.value}\` does not include \`email\` or \`*\`, so mail verifiers ignore this key. Fine for a key that only signs TLS reports; for mail signing add \`email\` (\`s=email\`) or remove \`s=\`.`,
    );
  },
});
