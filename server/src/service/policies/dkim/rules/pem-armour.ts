/**
 * Rule: dkim/pem-armour. `p=` holding a PEM file (`-----BEGIN PUBLIC KEY-----` ...): DKIM wants
 * only the base64 between those lines (RFC 6376 §3.6.1). Fix: keep the base64.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { valueFix } from '../edits';
import { dkimOf } from '../parse';

export const pemArmour = defineRule({
  code: 'dkim/pem-armour',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A DKIM key whose `p=` value includes the PEM lines `-----BEGIN PUBLIC KEY-----` and `-----END PUBLIC KEY-----`.',
    why: 'The PEM armour is not base64, so verifiers cannot decode the key and every signature fails. Publish only the base64 text between the two lines.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=rsa; p=-----BEGIN PUBLIC KEY-----MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1" "Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB-----END PUBLIC KEY-----"',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB"',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const key = dkim?.key;
    if (!dkim || !value || !key?.pem) return;
    const text = value.text;
    const begin = text.indexOf('-----BEGIN', key.start);
    const close = text.indexOf('-----', begin + 10);
    const end = close >= 0 && close + 5 <= key.end ? close + 5 : key.end;
    const fix = key.pem.base64 ? valueFix(record, value, 'Keep only the base64 key', [{ start: key.start, end: key.end, text: key.pem.base64 }]) : undefined;
    valueReporter(record, value, context).report(
      begin,
      end,
      'The key includes PEM armour (`-----BEGIN ...-----`), which is not base64: verifiers cannot decode it. Publish only the base64 text between the BEGIN and END lines.',
      fix ? [fix] : undefined,
    );
  },
});
