/**
 * Rule: dkim/large-key. An RSA key over 4096 bits: RFC 8301 §3.2 requires verifiers to handle
 * 1024 to 4096 bits only; larger keys may not verify everywhere.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf, keyHead } from '../parse';

export const largeKey = defineRule({
  code: 'dkim/large-key',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8301, '3.2'),
  docs: {
    what: 'An RSA DKIM key longer than 4096 bits.',
    why: 'Verifiers must support keys from 1024 to 4096 bits (RFC 8301 §3.2) and may reject larger ones; the record also makes DNS answers large enough to need TCP.',
    bad: '$ORIGIN example.com.\n; a 8192-bit RSA key\nsel._domainkey  TXT  ( "v=DKIM1; k=rsa; p=MIIEIjANBgkqhkiG9w0BAQEFAAOCBA8AMIIECgKCBAEA..." )',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const key = dkim?.key;
    const reading = key?.reading;
    if (!dkim || !value || !key || reading?.type !== 'rsa' || reading.rsa.flaw || reading.rsa.bits <= 4096) return;
    const head = keyHead(record, key);
    valueReporter(record, value, context).report(
      head.start,
      head.end,
      `This RSA key is ${reading.rsa.bits} bits; verifiers need only support keys up to 4096 bits (RFC 8301 §3.2), so some may fail the signatures. Use a 2048-bit (or at most 4096-bit) key.`,
    );
  },
});
