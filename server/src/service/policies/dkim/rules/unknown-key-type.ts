/**
 * Rule: dkim/unknown-key-type. `k=` other than `rsa` or `ed25519` (RFC 6376 §3.6.1, RFC 8463).
 * Verifiers ignore keys of unrecognised types, so no signature with the selector verifies.
 * Near misses (`ed25519-sha256`, `rsa-sha256`) get a fix.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { valueFix } from '../edits';
import { dkimOf } from '../parse';
import { KEY_TYPES } from '../tags';

export const unknownKeyType = defineRule({
  code: 'dkim/unknown-key-type',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A DKIM key record whose `k=` is neither `rsa` nor `ed25519`.',
    why: 'Verifiers must ignore keys of unrecognised types (RFC 6376 §3.6.1), so no signature with this selector verifies. `ed25519-sha256` and `rsa-sha256` are signature algorithms (`a=`), not key types.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519-sha256; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const k = dkim?.get('k');
    if (!dkim || !value || !k || KEY_TYPES.has(k.value.toLowerCase())) return;
    const lower = k.value.toLowerCase();
    const meant = lower.includes('ed25519') ? 'ed25519' : lower.startsWith('rsa') ? 'rsa' : undefined;
    const fix = meant ? valueFix(record, value, `Change to \`k=${meant}\``, [{ start: k.valueStart, end: k.valueEnd, text: meant }]) : undefined;
    const empty = k.valueEnd === k.valueStart;
    valueReporter(record, value, context).report(
      empty ? k.start : k.valueStart,
      empty ? k.end : k.valueEnd,
      `${empty ? 'An empty `k=`' : `\`k=${k.value}\``} is not a DKIM key type; verifiers ignore the key, so no signature with this selector verifies. ${meant ? `Write \`k=${meant}\`.` : 'Use `k=rsa` or `k=ed25519` (or leave `k=` out for RSA).'}`,
      fix ? [fix] : undefined,
    );
  },
});
