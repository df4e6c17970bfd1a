/**
 * Rule: dkim/revoked-key. An empty `p=` (RFC 6376 §3.6.1): the key has been revoked and every
 * signature with the selector fails. Information: revoking is deliberate.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf } from '../parse';

export const revokedKey = defineRule({
  code: 'dkim/revoked-key',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A DKIM key record with an empty `p=`: a revoked key.',
    why: 'Verifiers fail every signature that names this selector. That is the way to retire a key; make sure no signer still uses the selector.',
    bad: '$ORIGIN example.com.\nold._domainkey  TXT  "v=DKIM1; p="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const p = dkim?.get('p');
    if (!dkim || !value || !p || p.valueEnd > p.valueStart) return;
    valueReporter(record, value, context).report(
      p.start,
      p.end,
      'The empty `p=` revokes this key: verifiers fail every signature with this selector. Make sure no signer still uses it; remove the record once no signed mail with it is in transit.',
    );
  },
});
