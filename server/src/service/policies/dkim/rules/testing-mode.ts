/**
 * Rule: dkim/testing-mode. `t=y` (RFC 6376 §3.6.1): verifiers must treat mail signed with this
 * key like unsigned mail. Fix (when testing is over): remove the `y` flag.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { itemRemoval, tagRemoval, valueFix } from '../edits';
import { dkimOf } from '../parse';

export const testingMode = defineRule({
  code: 'dkim/testing-mode',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A DKIM key record with the testing flag `t=y`.',
    why: 'In testing mode verifiers must not treat signed mail differently from unsigned mail, so DKIM gives no protection and DMARC may not count the signature. Remove the flag when testing is over.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; t=y; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const t = dkim?.get('t');
    if (!dkim || !value || !t?.items) return;
    const items = t.items;
    items.forEach((item, index) => {
      if (item.value.toLowerCase() !== 'y') return;
      const edit = items.length === 1 ? tagRemoval(value.text, t) : itemRemoval(items, index);
      const fix = valueFix(record, value, items.length === 1 ? 'End testing mode (remove `t=y`)' : 'End testing mode (remove `y`)', [edit], false);
      valueReporter(record, value, context).report(
        item.start,
        item.end,
        'Testing mode: verifiers treat mail signed with this key like unsigned mail (RFC 6376 §3.6.1), so DKIM gives no protection yet. Remove `y` once signatures verify.',
        fix ? [fix] : undefined,
      );
    });
  },
});
