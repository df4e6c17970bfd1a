/**
 * Rule: dkim/unknown-tag. A tag that key records do not define (RFC 6376 §3.6.1). Verifiers
 * ignore it; signature tags (`a=`, `d=`, `bh=`...) put in the key record are a common mistake.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf } from '../parse';
import { dkimTag } from '../tags';

/** Tags of the DKIM-Signature header field (RFC 6376 §3.5) that have no place in a key record. */
const SIGNATURE_TAGS: ReadonlySet<string> = new Set(['a', 'b', 'bh', 'c', 'd', 'i', 'l', 'q', 'x', 'z']);

export const unknownTag = defineRule({
  code: 'dkim/unknown-tag',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A tag that DKIM key records do not define (`v k h n p s t`, and the obsolete `g`).',
    why: 'Verifiers ignore unknown tags, so it has no effect; often it is a typo or a DKIM-Signature tag (`a=rsa-sha256`, `d=`) copied into the key record.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; a=ed25519-sha256; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    if (!dkim || !value) return;
    const at = valueReporter(record, value, context);
    for (const tag of dkim.tags) {
      if (dkimTag(tag.name) || tag.nameEnd === tag.nameStart) continue;
      const lower = tag.name.toLowerCase();
      // A known tag in the wrong case is dkim/tag-case (unless the right one is also there).
      if (dkimTag(lower) && !dkim.get(lower)) continue;
      const why = SIGNATURE_TAGS.has(lower)
        ? `\`${tag.name}=\` is a DKIM-Signature tag (RFC 6376 §3.5); in a key record it means nothing and verifiers ignore it. Remove it.`
        : `\`${tag.name}=\` is not a key record tag; verifiers ignore it. Check the spelling (\`v k h n p s t\`) or remove it.`;
      at.report(tag.nameStart, tag.nameEnd, why);
    }
  },
});
