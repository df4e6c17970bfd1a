/**
 * Rule: dkim/unknown-hash. An `h=` entry other than `sha256` or `sha1` (RFC 6376 §3.6.1:
 * unrecognised algorithms are ignored). When nothing known remains, the key verifies nothing.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf } from '../parse';
import { HASHES } from '../tags';

export const unknownHash = defineRule({
  code: 'dkim/unknown-hash',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'An `h=` entry in a DKIM key record that is not a DKIM hash algorithm (`sha256`, `sha1`), or an empty entry.',
    why: 'Verifiers ignore unknown hash names; when no known one is left, the key accepts no signature at all. `rsa-sha256` and `SHA-256` are common misspellings of `sha256`.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; h=rsa-sha256; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB"',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; h=sha256; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB"',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const h = dkim?.get('h');
    if (!dkim || !value || !h?.items) return;
    const at = valueReporter(record, value, context);
    const anyKnown = h.items.some((i) => HASHES.has(i.value.toLowerCase()));
    const after = anyKnown ? 'Verifiers ignore it; remove it.' : 'No known algorithm is left, so the key accepts no signature: use `h=sha256` or leave `h=` out.';
    for (const item of h.items) {
      if (HASHES.has(item.value.toLowerCase())) continue;
      if (item.value === '') {
        const empty = item.start === item.end;
        at.report(empty ? h.start : item.start, empty ? h.end : item.end, `\`h=\` has an empty entry. ${after}`);
        continue;
      }
      const squeezed = item.value.toLowerCase().replace(/[^a-z0-9]/g, '');
      const meant = squeezed.endsWith('sha256') ? ' (write `sha256`)' : '';
      at.report(item.start, item.end, `\`${item.value}\` is not a DKIM hash algorithm${meant}. ${after}`);
    }
  },
});
