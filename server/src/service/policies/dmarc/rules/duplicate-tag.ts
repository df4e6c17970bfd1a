/**
 * Rule: dmarc/duplicate-tag. The same tag twice (`p=reject; p=none`). A tag-list with a duplicate
 * tag is invalid (RFC 6376 §3.2, the format DMARC uses); receivers discard the record or pick
 * either value.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput, removeTagFix } from '../support';

export const duplicateTag = defineRule({
  code: 'dmarc/duplicate-tag',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.2'),
  docs: {
    what: 'A DMARC tag that appears more than once in a record.',
    why: 'DMARC records use the DKIM tag-list format, in which a duplicate tag makes the whole list invalid. Some receivers discard the record, others take the first or the last value, so the policy is unpredictable.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; p=none"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    const text = d.dmarc.text;
    for (const p of d.dmarc.problems) {
      if (p.kind !== 'duplicate' || !p.tag || !p.first) continue;
      const written = text.slice(p.tag.start, p.tag.end);
      const first = text.slice(p.first.start, p.first.end);
      d.at.report(
        p.tag.start,
        p.tag.end,
        `\`${p.tag.name}\` appears twice (\`${first}\` and \`${written}\`); a record with a duplicate tag is invalid and receivers may discard it: keep one.`,
        [removeTagFix(d, p.tag, `Remove \`${written}\``)],
      );
    }
  },
});
