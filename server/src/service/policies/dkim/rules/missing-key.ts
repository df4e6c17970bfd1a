/**
 * Rule: dkim/missing-key. A DKIM key record without `p=` (RFC 6376 §3.6.1: required). Verifiers
 * treat the key as unusable and every signature with the selector fails.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf } from '../parse';

export const missingKey = defineRule({
  code: 'dkim/missing-key',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A DKIM key record (a TXT record at `<selector>._domainkey`) without the required `p=` tag.',
    why: 'Without `p=` there is no key: verifiers fail every signature with this selector. To revoke a key on purpose, publish an empty `p=`.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519"',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    if (!dkim || !value || dkim.get('p')) return;
    const message = 'This DKIM key record has no `p=` tag, so verifiers fail every signature with this selector (RFC 6376 §3.6.1). Add `p=` with the base64 public key, or `p=` with nothing after it to revoke the key.';
    const first = dkim.tags[0];
    if (first) {
      valueReporter(record, value, context).report(first.start, first.end, message);
      return;
    }
    const cs = value.strings[0];
    if (cs) context.report({ range: cs.range, message, record });
  },
});
