/**
 * Rule: mta-sts/txt-id. The MTA-STS TXT record needs `id=` with 1 to 32 letters and digits;
 * senders use it to notice that the policy changed.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { checkedMtaStsTxt } from '../txt-parse';

export const mtaStsTxtId = defineRule({
  code: 'mta-sts/txt-id',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8461, '3.1'),
  docs: {
    what: 'An MTA-STS TXT record without `id=`, or with an id that is not 1 to 32 letters and digits (`-`, `:` and spaces are not allowed).',
    why: 'The id is required; a record without a valid one is invalid, so senders treat the domain as having no MTA-STS policy.',
    bad: '$ORIGIN example.com.\n_mta-sts  TXT  "v=STSv1; id=2026-01-01"',
    good: '$ORIGIN example.com.\n_mta-sts  TXT  "v=STSv1; id=20260101"',
  },
  check(record, context) {
    const r = checkedMtaStsTxt(record);
    if (!r) return;
    const at = valueReporter(record, record.value!, context);
    const id = r.list.tags.find((t) => t.name === 'id');
    if (!id) {
      const cased = r.list.tags.find((t) => t.name.toLowerCase() === 'id');
      if (cased) {
        at.report(cased.nameStart, cased.nameEnd, `Field names are case-sensitive, so \`${cased.name}=\` is not the required \`id=\` and senders ignore the record: write \`id=\`.`, [
          at.replace('Write `id`', cased.nameStart, cased.nameEnd, 'id'),
        ]);
        return;
      }
      const v = r.list.tags[0]!;
      at.report(v.start, v.end, 'This MTA-STS record has no `id=`, which is required, so senders ignore it: add `id=` with 1 to 32 letters and digits (for example a timestamp such as `20260101T000000`), and change it whenever the policy changes.');
      return;
    }
    const value = id.value;
    if (/^[A-Za-z0-9]{1,32}$/.test(value)) return;
    if (value === '') {
      at.report(id.start, id.end, '`id=` is empty; it must be 1 to 32 letters and digits, so senders ignore the record: give it a value such as a timestamp (`20260101T000000`).');
      return;
    }
    const stripped = value.replace(/[^A-Za-z0-9]/g, '');
    const fixes = /\s/.test(value) || stripped.length === 0 || stripped.length > 32 ? [] : [at.replace(`Write \`id=${stripped}\``, id.valueStart, id.valueEnd, stripped)];
    const problem = /\s/.test(value)
      ? 'holds a space (a missing `;` before the next field?)'
      : value.length > 32 && /^[A-Za-z0-9]+$/.test(value)
        ? `is ${value.length} characters long (at most 32)`
        : 'holds characters other than letters and digits';
    at.report(id.valueStart, id.valueEnd, `The MTA-STS id \`${value}\` ${problem}; ids are 1 to 32 letters and digits, and senders ignore a record with any other id: ${fixes.length ? `write \`${stripped}\`` : 'correct it'}.`, fixes);
  },
});
