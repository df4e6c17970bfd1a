/**
 * Rule: dkim/ed25519-spki. `k=ed25519` with the key wrapped in SubjectPublicKeyInfo (44 bytes,
 * `MCowBQYDK2VwAyEA...`): RFC 8463 §4 puts the raw 32-byte key in `p=`. Fix: the raw key.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { valueFix } from '../edits';
import { encodeBase64 } from '../key';
import { dkimOf, keyHead } from '../parse';

export const ed25519Spki = defineRule({
  code: 'dkim/ed25519-spki',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8463, '4'),
  docs: {
    what: 'An Ed25519 DKIM key published as a SubjectPublicKeyInfo (what `openssl pkey -pubout` prints) instead of the raw 32-byte key.',
    why: 'RFC 8463 §4 defines `p=` for `k=ed25519` as the raw public key; verifiers expect 32 bytes and fail every signature with this selector.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const key = dkim?.key;
    const reading = key?.reading;
    if (!dkim || !value || !key || dkim.keyType !== 'ed25519' || reading?.type !== 'ed25519' || reading.format !== 'spki') return;
    const raw = encodeBase64(reading.raw);
    const fix = valueFix(record, value, 'Publish the raw 32-byte key', [{ start: key.start, end: key.end, text: raw }]);
    const head = keyHead(record, key);
    valueReporter(record, value, context).report(
      head.start,
      head.end,
      `The Ed25519 key is wrapped in SubjectPublicKeyInfo, but \`p=\` must hold the raw 32-byte key (RFC 8463 §4); verifiers fail every signature with this selector. Publish \`p=${raw}\`.`,
      fix ? [fix] : undefined,
    );
  },
});
