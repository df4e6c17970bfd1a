/**
 * Rule: dkim/duplicate-tag. A tag written twice in a key record (RFC 6376 §3.2: a tag list with
 * a duplicate tag is invalid). Offers to remove the second copy when both say the same.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { tagRemoval, valueFix } from '../edits';
import { dkimOf } from '../parse';

export const duplicateTag = defineRule({
  code: 'dkim/duplicate-tag',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.2'),
  docs: {
    what: 'A tag that appears more than once in a DKIM key record.',
    why: 'RFC 6376 §3.2 makes a tag list with a duplicate tag invalid: verifiers reject the key and every signature with this selector fails.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    if (!dkim || !value) return;
    const at = valueReporter(record, value, context);
    for (const p of dkim.problems) {
      if (p.kind !== 'duplicate' || !p.tag || !p.first) continue;
      const same = p.tag.value === p.first.value;
      const fix = same ? valueFix(record, value, `Remove the second \`${p.tag.name}=\``, [tagRemoval(value.text, p.tag)]) : undefined;
      at.report(
        p.tag.start,
        p.tag.end,
        `\`${p.tag.name}\` appears twice; a key record with a duplicate tag is invalid and verifiers ignore the key (RFC 6376 §3.2). ${same ? 'Remove the second one.' : `Keep the one you mean (\`${p.first.name}=${p.first.value}\` or \`${p.tag.name}=${p.tag.value}\`) and remove the other.`}`,
        fix ? [fix] : undefined,
      );
    }
  },
});
