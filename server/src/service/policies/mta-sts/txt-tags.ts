/**
 * The fields of the MTA-STS TXT record at `_mta-sts.<domain>` (RFC 8461 §3.1): one table for
 * hover, completion and the rules' messages. The policy itself lives in the policy file.
 */
import { rfc } from '../../rules/define-rule';
import type { TagInfo } from '../cross/tag-records';

const S31 = rfc(8461, '3.1');

export const STS_VERSION = 'STSv1';

/** Keys of the policy file (RFC 8461 §3.2) that do nothing in the TXT record. */
export const POLICY_FILE_KEYS: ReadonlySet<string> = new Set(['mode', 'max_age', 'mx', 'version']);

export const MTA_STS_TXT_TAGS: readonly TagInfo[] = [
  {
    name: 'v',
    title: 'Version',
    required: true,
    description: 'Must be exactly `v=STSv1` (case-sensitive) and first; senders discard TXT records at `_mta-sts` that do not begin with it.',
    values: [{ value: 'STSv1', description: 'MTA-STS version 1.' }],
    cite: S31.cite,
    href: S31.href,
  },
  {
    name: 'id',
    title: 'Policy id',
    required: true,
    description:
      '1 to 32 letters and digits that identify the current policy. Senders that cached the policy fetch it again only when the id changes, so change it whenever the policy file changes (a timestamp such as `20260101T000000` works well).',
    cite: S31.cite,
    href: S31.href,
  },
];
