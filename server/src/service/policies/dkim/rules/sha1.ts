/**
 * Rule: dkim/sha1. `h=` that allows SHA-1 (RFC 8301 §3.1: rsa-sha1 MUST NOT be used for signing
 * or verifying). Fix: remove `sha1`, or replace it with `sha256` when it is the only hash.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { itemRemoval, valueFix, type ValueEdit } from '../edits';
import { dkimOf } from '../parse';

export const sha1 = defineRule({
  code: 'dkim/sha1',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8301, '3.1'),
  docs: {
    what: 'A DKIM key record whose `h=` lists `sha1`.',
    why: 'RFC 8301 §3.1 forbids rsa-sha1 for signing and verifying; verifiers treat such signatures as failed. With `h=sha1` alone the key cannot verify any signature a current verifier accepts.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; h=sha1:sha256; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB"',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; h=sha256; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB"',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const h = dkim?.get('h');
    if (!dkim || !value || !h?.items) return;
    const items = h.items;
    const at = valueReporter(record, value, context);
    const hasSha256 = items.some((i) => i.value.toLowerCase() === 'sha256');
    items.forEach((item, index) => {
      if (item.value.toLowerCase() !== 'sha1') return;
      const alone = items.length === 1;
      const edit: ValueEdit = alone || !hasSha256 ? { start: item.start, end: item.end, text: 'sha256' } : itemRemoval(items, index);
      const fix = valueFix(record, value, alone || !hasSha256 ? 'Replace `sha1` with `sha256`' : 'Remove `sha1`', [edit]);
      at.report(
        item.start,
        item.end,
        hasSha256
          ? 'SHA-1 is deprecated for DKIM (RFC 8301 §3.1): verifiers must not accept rsa-sha1 signatures. Remove `sha1` from `h=` and sign with rsa-sha256.'
          : '`h=` allows only SHA-1, which verifiers must reject (RFC 8301 §3.1): no signature with this key verifies at a current verifier. Use `h=sha256` (or leave `h=` out) and sign with rsa-sha256.',
        fix ? [fix] : undefined,
      );
    });
  },
});
