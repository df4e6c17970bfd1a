/**
 * Rule: dkim/tag-case. A tag name written in the wrong case (`P=`, `K=`): tag names are
 * case-sensitive (RFC 6376 §3.2), so verifiers ignore the tag. Fix: lower case.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { valueFix } from '../edits';
import { dkimOf } from '../parse';
import { dkimTag } from '../tags';

export const tagCase = defineRule({
  code: 'dkim/tag-case',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.2'),
  docs: {
    what: 'A DKIM key record tag whose name is a known tag in the wrong case, such as `P=` or `K=`.',
    why: 'Tag names are case-sensitive (RFC 6376 §3.2): verifiers ignore `P=` as an unknown tag, so the record has no key, or `K=ed25519` is ignored and the key is read as RSA.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; K=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    if (!dkim || !value) return;
    const at = valueReporter(record, value, context);
    for (const tag of dkim.tags) {
      const lower = tag.name.toLowerCase();
      if (lower === tag.name || dkimTag(tag.name) || !dkimTag(lower)) continue;
      // With both `P=` and `p=` present, `P=` is just an unknown tag (dkim/unknown-tag).
      if (dkim.get(lower)) continue;
      const fix = valueFix(record, value, `Change to \`${lower}\``, [{ start: tag.nameStart, end: tag.nameEnd, text: lower }]);
      at.report(tag.nameStart, tag.nameEnd, `Tag names are case-sensitive: verifiers ignore \`${tag.name}=\` and see no \`${lower}=\` tag (RFC 6376 §3.2). Write \`${lower}\`.`, fix ? [fix] : undefined);
    }
  },
});
