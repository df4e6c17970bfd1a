/**
 * Rule: dkim/weak-key. An RSA key under 1024 bits: RFC 8301 §3.2 says verifiers MUST NOT
 * consider signatures with such keys valid.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf, keyHead } from '../parse';

export const weakKey = defineRule({
  code: 'dkim/weak-key',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8301, '3.2'),
  docs: {
    what: 'An RSA DKIM key shorter than 1024 bits.',
    why: 'RFC 8301 §3.2: verifiers must not accept signatures made with RSA keys under 1024 bits, so every signature with this selector fails; such keys can also be factored.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "k=rsa; p=MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBANmBe10IgY+u7h3enWTukkqtUD5PR52Tb/mPfjC0QJTocVBq6Za/PlzfV+Py92VaCak19F4WrbVTK5Gg5tW220MCAwEAAQ=="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const key = dkim?.key;
    const reading = key?.reading;
    if (!dkim || !value || !key || reading?.type !== 'rsa' || reading.rsa.flaw || reading.rsa.bits >= 1024) return;
    const head = keyHead(record, key);
    valueReporter(record, value, context).report(
      head.start,
      head.end,
      `This RSA key is ${reading.rsa.bits} bits; verifiers must not accept signatures with keys under 1024 bits (RFC 8301 §3.2), so every signature with this selector fails. Generate a 2048-bit key and publish it under a new selector.`,
    );
  },
});
