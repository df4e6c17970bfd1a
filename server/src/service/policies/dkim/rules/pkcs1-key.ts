/**
 * Rule: dkim/pkcs1-key. An RSA key published as a bare PKCS#1 RSAPublicKey (`MIIBCgKCAQEA...`)
 * instead of the SubjectPublicKeyInfo (`MIIBIjANBgkq...`) that `openssl rsa -pubout` prints and
 * RFC 6376 Appendix C publishes. Some verifiers accept it, others (OpenSSL's d2i_PUBKEY, dkimpy)
 * do not. Fix: wrap it.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { valueFix } from '../edits';
import { decodeBase64, encodeBase64, wrapRsaInSpki } from '../key';
import { dkimOf, keyHead } from '../parse';

export const pkcs1Key = defineRule({
  code: 'dkim/pkcs1-key',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, 'C.3'),
  docs: {
    what: 'An RSA DKIM key published as a bare PKCS#1 RSAPublicKey rather than a SubjectPublicKeyInfo.',
    why: 'Verifiers that load DKIM keys as SubjectPublicKeyInfo (OpenSSL-based verifiers, dkimpy) cannot read a bare RSAPublicKey, so signatures fail at some receivers and pass at others.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; p=MIGJAoGBALVI635dLK4cJJAH3Lx6upo3X/Lm1tQz3mezcWTA3BUBnyIsdnRf57aD5BtNmhPrYYDlWlzw3UgnKisIxktkk5+iMQMlFtAS10JB8L3YadXNJY+JBcbeSi5TgJe4WFzNgW95FWDAuSTRXSWZfA/8xjflbTLDx0euFZOM7C4T0GwLAgMBAAE="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1SOt+XSyuHCSQB9y8erqaN1/y5tbUM95ns3FkwNwVAZ8iLHZ0X+e2g+QbTZoT62GA5Vpc8N1IJyorCMZLZJOfojEDJRbQEtdCQfC92GnVzSWPiQXG3kouU4CXuFhczYFveRVgwLkk0V0lmXwP/MY35W0yw8dHrhWTjOwuE9BsCwIDAQAB"',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const key = dkim?.key;
    const reading = key?.reading;
    if (!dkim || !value || !key?.bytes || reading?.type !== 'rsa' || reading.format !== 'pkcs1') return;
    const wrapped = encodeBase64(wrapRsaInSpki(key.bytes));
    // Only offer the rewrite when it round-trips.
    const check = decodeBase64(wrapped);
    const fix = 'bytes' in check ? valueFix(record, value, 'Wrap the key in SubjectPublicKeyInfo', [{ start: key.start, end: key.end, text: wrapped }]) : undefined;
    const head = keyHead(record, key);
    valueReporter(record, value, context).report(
      head.start,
      head.end,
      `The RSA ${reading.rsa.bits}-bit key is a bare PKCS#1 RSAPublicKey; DKIM keys are published as SubjectPublicKeyInfo (RFC 6376 §3.6.1, Appendix C), and verifiers that expect that form fail every signature. Publish the SubjectPublicKeyInfo (\`openssl rsa -pubout\`).`,
      fix ? [fix] : undefined,
    );
  },
});
