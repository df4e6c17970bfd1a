/**
 * Rule: dkim/malformed-key. A `p=` value that decodes from base64 but is not a usable key:
 * truncated or trailing DER, not a SubjectPublicKeyInfo or RSAPublicKey, an RSA key whose
 * numbers cannot work, or an Ed25519 key that is not 32 bytes (RFC 6376 §3.6.1, RFC 8463 §4).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf, keyHead } from '../parse';

export const malformedKey = defineRule({
  code: 'dkim/malformed-key',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A DKIM key that is valid base64 but not a valid key: truncated or with bytes left over, not DER, an impossible RSA key, or an Ed25519 key that is not 32 bytes.',
    why: 'Verifiers cannot load the key, so every signature with this selector fails. A key cut short when it was copied or split into strings is the usual cause.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQA="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3Ip3G+2kryOTIKT+l/K4w3QIDAQAB"',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const key = dkim?.key;
    const reading = key?.reading;
    if (!dkim || !value || !key || !reading) return;
    let message: string | undefined;
    if (reading.type === 'invalid') {
      if (dkim.keyType === 'ed25519') {
        message = `An Ed25519 key is 32 bytes (RFC 8463 §4), but this one decodes to ${reading.length} bytes, so verifiers cannot use it. Publish the raw 32-byte public key in base64 (44 characters ending in \`=\`).`;
      } else {
        const what =
          reading.error.kind === 'truncated'
            ? `it is truncated (${reading.error.detail})`
            : reading.error.kind === 'trailing'
              ? `it has bytes left over (${reading.error.detail})`
              : `it is not a DER SubjectPublicKeyInfo (${reading.error.detail})`;
        message = `The key decodes to ${reading.length} bytes, but ${what}, so verifiers cannot load it and every signature with this selector fails. Copy the whole key again from the signer.`;
      }
    } else if (reading.type === 'rsa' && reading.rsa.flaw) {
      message = `This is no working RSA key: ${reading.rsa.flaw}. Generate a new key pair.`;
    }
    if (!message) return;
    const head = keyHead(record, key);
    valueReporter(record, value, context).report(head.start, head.end, message);
  },
});
