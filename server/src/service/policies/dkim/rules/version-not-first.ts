/**
 * Rule: dkim/version-not-first. `v=` anywhere but first in a DKIM key record (RFC 6376 §3.6.1:
 * "This tag MUST be the first tag in the record"). Fix: move it to the front.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { tagRemoval, valueFix } from '../edits';
import { dkimOf } from '../parse';

export const versionNotFirst = defineRule({
  code: 'dkim/version-not-first',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A DKIM key record with a `v=` tag that is not the first tag.',
    why: 'RFC 6376 §3.6.1 requires `v=` to be the first tag when present; verifiers may discard the record, and every signature with the selector then fails.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "k=ed25519; v=DKIM1; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const v = dkim?.get('v');
    if (!dkim || !value || !v) return;
    const text = value.text;
    let first = 0;
    while (first < text.length && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (v.start === first) return;
    const spec = text.slice(v.start, v.end);
    const fix = valueFix(record, value, `Move \`${spec}\` to the front`, [{ start: first, end: first, text: `${spec}; ` }, tagRemoval(text, v)]);
    valueReporter(record, value, context).report(
      v.start,
      v.end,
      `\`${spec}\` must be the first tag of a DKIM key record (RFC 6376 §3.6.1); verifiers may discard the record. Move it to the front, or remove it (it is optional).`,
      fix ? [fix] : undefined,
    );
  },
});
