/**
 * Rule: dkim/short-key. An RSA key of 1024 to 2047 bits: RFC 8301 §3.2 says signers SHOULD use
 * at least 2048 bits. Still verified everywhere, but weak and refused by some policies.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf, keyHead } from '../parse';

export const shortKey = defineRule({
  code: 'dkim/short-key',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8301, '3.2'),
  docs: {
    what: 'An RSA DKIM key of at least 1024 but fewer than 2048 bits.',
    why: 'RFC 8301 §3.2: signers SHOULD use RSA keys of at least 2048 bits. 1024-bit keys are within reach of well-funded attackers, and receivers may start to discount them.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB"',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const key = dkim?.key;
    const reading = key?.reading;
    if (!dkim || !value || !key || reading?.type !== 'rsa' || reading.rsa.flaw) return;
    const bits = reading.rsa.bits;
    if (bits < 1024 || bits >= 2048) return;
    const head = keyHead(record, key);
    valueReporter(record, value, context).report(
      head.start,
      head.end,
      `This RSA key is ${bits} bits; signers should use at least 2048 bits (RFC 8301 §3.2). Generate a 2048-bit key, publish it under a new selector (split into strings of at most 255 characters), then switch the signer over.`,
    );
  },
});
