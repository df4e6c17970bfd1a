/**
 * Rule: dkim/bad-version. `v=` with a value other than exactly `DKIM1` (RFC 6376 §3.6.1: records
 * beginning with any other `v=` MUST be discarded; the comparison is case-sensitive).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { valueFix, type ValueEdit } from '../edits';
import { dkimOf } from '../parse';

export const badVersion = defineRule({
  code: 'dkim/bad-version',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A DKIM key record whose `v=` is not exactly `DKIM1`.',
    why: 'Verifiers discard a key record that starts with any other version (the comparison is case-sensitive: `dkim1` and `DKIM1.0` are not `DKIM1`), so every signature with this selector fails.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=dkim1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const v = dkim?.get('v');
    if (!dkim || !value || !v || v.value === 'DKIM1') return;
    const written = v.value;
    let edit: ValueEdit | undefined;
    let hint = 'Write `v=DKIM1`, or remove the tag (it is optional).';
    if (written.toUpperCase() === 'DKIM1') {
      edit = { start: v.valueStart, end: v.valueEnd, text: 'DKIM1' };
      hint = 'Write it in upper case: `v=DKIM1`.';
    } else if (written.startsWith('DKIM1')) {
      // `v=DKIM1: k=rsa`: a separator typed as `:` or `,` glues the next tag onto the version.
      let i = 5;
      while (i < written.length && (written[i] === ' ' || written[i] === '\t')) i++;
      const sep = written[i];
      if (sep === ':' || sep === ',' || sep === '.') {
        const at = v.valueStart + i;
        edit = { start: at, end: at + 1, text: ';' };
        hint = `The \`${sep}\` after \`DKIM1\` should be \`;\`.`;
      }
    }
    const fix = edit ? valueFix(record, value, edit.text === ';' ? 'Replace the separator with `;`' : 'Change to `DKIM1`', [edit]) : undefined;
    const start = v.valueEnd > v.valueStart ? v.valueStart : v.start;
    valueReporter(record, value, context).report(
      start,
      v.valueEnd > v.valueStart ? v.valueEnd : v.end,
      `\`v=${written}\` is not \`v=DKIM1\` (case-sensitive); verifiers discard key records with any other version, so every signature with this selector fails. ${hint}`,
      fix ? [fix] : undefined,
    );
  },
});
