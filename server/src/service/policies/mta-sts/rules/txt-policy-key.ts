/**
 * Rule: mta-sts/txt-policy-key. `mode`, `max_age`, `mx` and `version` are keys of the policy
 * file; in the TXT record they are unknown extension fields that do nothing.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { tagRemovalRange } from '../../cross/tag-records';
import { valueReporter } from '../../value-edits';
import { checkedMtaStsTxt } from '../txt-parse';
import { POLICY_FILE_KEYS } from '../txt-tags';

export const mtaStsTxtPolicyKey = defineRule({
  code: 'mta-sts/txt-policy-key',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8461, '3.2'),
  docs: {
    what: 'A policy-file key (`mode`, `max_age`, `mx`, `version`) written as a field of the MTA-STS TXT record.',
    why: 'Senders read the mode, MX patterns and lifetime only from the policy file at `https://mta-sts.<domain>/.well-known/mta-sts.txt`; in the TXT record these fields are ignored, so the policy is not what the record suggests.',
    bad: '$ORIGIN example.com.\n_mta-sts  TXT  "v=STSv1; id=20260101; mode=enforce"',
    good: '$ORIGIN example.com.\n_mta-sts  TXT  "v=STSv1; id=20260101"',
  },
  check(record, context) {
    const r = checkedMtaStsTxt(record);
    if (!r) return;
    const at = valueReporter(record, record.value!, context);
    for (let i = 1; i < r.list.tags.length; i++) {
      const tag = r.list.tags[i]!;
      if (!POLICY_FILE_KEYS.has(tag.name)) continue;
      const cut = tagRemovalRange(r.text, tag);
      at.report(
        tag.start,
        tag.end,
        `\`${tag.name}\` belongs in the policy file (\`https://mta-sts.<domain>/.well-known/mta-sts.txt\`, as \`${tag.name}: ...\`); senders ignore it in the TXT record: remove it here and set it in the policy file.`,
        [at.replace(`Remove \`${tag.name}=\``, cut.start, cut.end, '')],
      );
    }
  },
});
