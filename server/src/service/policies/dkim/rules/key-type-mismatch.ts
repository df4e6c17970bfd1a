/**
 * Rule: dkim/key-type-mismatch. The key in `p=` is not of the type `k=` says (RFC 6376 §3.6.1,
 * RFC 8463 §4): a raw Ed25519 key under `k=rsa` (or no `k=`), an RSA key under `k=ed25519`,
 * or an algorithm DKIM has no key type for (EC, DSA, Ed448). Fix: set `k=` to match.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { valueFix, type ValueEdit } from '../edits';
import { encodeBase64 } from '../key';
import { dkimOf, keyHead, type DkimRecord } from '../parse';

/** Edits that make `k=` say `type`: replace the value, or insert `k=type; ` before `p=`. */
function setKeyType(dkim: DkimRecord, type: string): ValueEdit | undefined {
  const k = dkim.get('k');
  if (k) return { start: k.valueStart, end: k.valueEnd, text: type };
  const p = dkim.get('p');
  return p ? { start: p.start, end: p.start, text: `k=${type}; ` } : undefined;
}

export const keyTypeMismatch = defineRule({
  code: 'dkim/key-type-mismatch',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8463, '4'),
  docs: {
    what: 'A DKIM key whose `p=` holds a different kind of key than `k=` announces (an Ed25519 key without `k=ed25519`, an RSA key with `k=ed25519`), or a key type DKIM does not have (EC, DSA).',
    why: 'Verifiers read `p=` as the type in `k=` (default `rsa`); a key of another type does not load, so every signature with this selector fails.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const key = dkim?.key;
    const reading = key?.reading;
    if (!dkim || !value || !key || !reading) return;
    const k = dkim.get('k');
    const said = k ? `\`k=${k.value}\`` : 'no `k=` (so RSA)';
    let message: string | undefined;
    let edits: ValueEdit[] = [];
    let title = '';
    if (dkim.keyType === 'rsa' && reading.type === 'ed25519') {
      const set = setKeyType(dkim, 'ed25519');
      if (reading.format === 'raw') {
        message = `\`p=\` holds 32 bytes, an Ed25519 key (RFC 8463), but the record says ${said}; verifiers try to read it as RSA and fail. Set \`k=ed25519\`.`;
        if (set) edits = [set];
        title = 'Set `k=ed25519`';
      } else {
        message = `\`p=\` holds an Ed25519 key in SubjectPublicKeyInfo form, but the record says ${said}. Set \`k=ed25519\` and publish the raw 32-byte key (RFC 8463 §4).`;
        if (set) edits = [set, { start: key.start, end: key.end, text: encodeBase64(reading.raw) }];
        title = 'Set `k=ed25519` and publish the raw key';
      }
    } else if (dkim.keyType === 'ed25519' && reading.type === 'rsa') {
      message = `\`p=\` holds an RSA ${reading.rsa.bits}-bit key, but the record says \`k=ed25519\`; verifiers expect 32 raw bytes and fail. Set \`k=rsa\` (or publish the Ed25519 key).`;
      const set = setKeyType(dkim, 'rsa');
      if (set) edits = [set];
      title = 'Set `k=rsa`';
    } else if (reading.type === 'other') {
      message = `\`p=\` holds ${reading.algorithm === reading.oid ? `a key of algorithm ${reading.oid}` : `an ${reading.algorithm} key`}; DKIM has key types \`rsa\` and \`ed25519\` only, so verifiers cannot use it. Generate an RSA (2048-bit) or Ed25519 key.`;
    }
    if (!message) return;
    const fix = edits.length > 0 ? valueFix(record, value, title, edits) : undefined;
    const head = keyHead(record, key);
    valueReporter(record, value, context).report(head.start, head.end, message, fix ? [fix] : undefined);
  },
});
