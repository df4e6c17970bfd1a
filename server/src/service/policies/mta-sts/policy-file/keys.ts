/**
 * The keys of an MTA-STS policy file (RFC 8461 §3.2): name, allowed values, description and RFC
 * section, once. Drives hover, completion and the messages of the policy-file rules.
 */
import { rfc, type RuleReference } from '../../../rules/define-rule';

export type PolicyKey = 'version' | 'mode' | 'mx' | 'max_age';

export interface PolicyKeyInfo {
  readonly name: PolicyKey;
  readonly description: string;
  /** Allowed values with their meaning, when the value is one of a list. */
  readonly values?: readonly { readonly value: string; readonly description: string }[];
  /** A value to suggest (completion, messages). */
  readonly example: string;
  readonly required: string;
  readonly reference: RuleReference;
}

/** Largest `max_age`: one year of 365.25 days (RFC 8461 §3.2). */
export const MAX_AGE_LIMIT = 31557600;
/** Below this `max_age` (one day) an `enforce` policy protects little (RFC 8461 §3.2, §10.3). */
export const SHORT_MAX_AGE = 86400;

export const POLICY_KEYS: readonly PolicyKeyInfo[] = [
  {
    name: 'version',
    description: 'The policy version. Only `STSv1` is defined, written exactly so (case-sensitive).',
    values: [{ value: 'STSv1', description: 'MTA-STS version 1 (RFC 8461).' }],
    example: 'STSv1',
    required: 'Required, once.',
    reference: rfc(8461, '3.2'),
  },
  {
    name: 'mode',
    description: 'What a sending server does when it cannot deliver over TLS to an MX host that matches the policy.',
    values: [
      { value: 'enforce', description: 'Do not deliver to MX hosts that fail to match a pattern or to present a valid certificate; mail waits and is retried.' },
      { value: 'testing', description: 'Deliver anyway, but report failures through TLS-RPT (RFC 8460). Use this first.' },
      { value: 'none', description: 'No policy: senders forget a previously cached policy. Use it to withdraw MTA-STS.' },
    ],
    example: 'testing',
    required: 'Required, once.',
    reference: rfc(8461, '5'),
  },
  {
    name: 'mx',
    description:
      'A pattern for the MX hosts senders may deliver to: a host name (`mail.example.com`), or `*.` and a domain, where `*` stands for exactly one label (`*.example.com` matches `mx1.example.com` but not `example.com` or `a.b.example.com`). One line per pattern.',
    example: 'mail.example.com',
    required: 'Required at least once, unless `mode` is `none`.',
    reference: rfc(8461, '4.1'),
  },
  {
    name: 'max_age',
    description: `How long, in seconds, senders may cache the policy (0–${MAX_AGE_LIMIT}, one year). Weeks or more are recommended: a short lifetime leaves a window for downgrade attacks.`,
    values: [
      { value: '86400', description: 'One day: for trying out a policy.' },
      { value: '604800', description: 'One week.' },
      { value: '1209600', description: 'Two weeks.' },
      { value: String(MAX_AGE_LIMIT), description: 'One year, the largest value allowed.' },
    ],
    example: '604800',
    required: 'Required, once.',
    reference: rfc(8461, '3.2'),
  },
];

export function keyInfo(name: string): PolicyKeyInfo | undefined {
  return POLICY_KEYS.find((k) => k.name === name);
}

/** The defined key a misspelt key most likely meant (`Mode`, `MX`, `max-age`, `maxage`), or undefined. */
export function intendedKey(name: string): PolicyKey | undefined {
  const squeezed = name.toLowerCase().replace(/[-_.]/g, '');
  if (squeezed === 'maxage') return 'max_age';
  if (squeezed === 'version' || squeezed === 'mode' || squeezed === 'mx') return squeezed;
  return undefined;
}
