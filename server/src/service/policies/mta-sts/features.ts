/** Hover and completion inside MTA-STS TXT records (`_mta-sts.<domain>`), from the fields table. */
import type { PolicyFeatures } from '../features';
import { tagFeatures } from '../cross/tag-features';
import { MTA_STS_TXT_TAGS, POLICY_FILE_KEYS, STS_VERSION } from './txt-tags';

export const mtaStsFeatures: PolicyFeatures = tagFeatures({
  label: 'MTA-STS',
  version: STS_VERSION,
  tags: MTA_STS_TXT_TAGS,
  summary:
    'The MTA-STS record at `_mta-sts.<domain>` tells senders that the domain has a policy and which version (`id=`) is current. The policy itself (mode, MX patterns, max_age) is fetched from `https://mta-sts.<domain>/.well-known/mta-sts.txt`.',
  valueFacts(tag) {
    return POLICY_FILE_KEYS.has(tag) ? 'This key belongs in the policy file, not in the TXT record.' : undefined;
  },
});
