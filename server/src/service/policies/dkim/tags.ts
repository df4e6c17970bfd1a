/**
 * The tags of a DKIM key record (RFC 6376 §3.6.1, RFC 8463, RFC 8301, RFC 8460 §3.3) and their
 * values: one table that drives hover, completion and the rules' messages.
 */
import { rfc, type RuleReference } from '../../rules/define-rule';

export interface DkimValueInfo {
  readonly value: string;
  readonly description: string;
  /** Deprecated or obsolete: offered last (or not at all) and flagged in hovers. */
  readonly deprecated?: string;
}

export interface DkimTagInfo {
  readonly name: string;
  /** Short title for hovers. */
  readonly title: string;
  readonly description: string;
  /** What applies when the tag is absent. */
  readonly default: string;
  readonly reference: RuleReference;
  /** Known values (for `k`, `h`, `s`, `t`, `v`). */
  readonly values?: readonly DkimValueInfo[];
  /** True for colon-separated lists (`h`, `s`, `t`). */
  readonly list?: boolean;
  /** Obsolete tags (`g`): why. */
  readonly obsolete?: string;
  /** Offered by completion (obsolete tags are not). */
  readonly offer: boolean;
}

const KEY = rfc(6376, '3.6.1');

export const DKIM_TAGS: readonly DkimTagInfo[] = [
  {
    name: 'v',
    title: 'Version',
    description: 'Version of the key record. Optional, but when present it must be exactly `DKIM1` and the first tag; verifiers discard records that start with any other `v=`.',
    default: '`DKIM1`',
    reference: KEY,
    values: [{ value: 'DKIM1', description: 'The only version (case-sensitive).' }],
    offer: true,
  },
  {
    name: 'k',
    title: 'Key type',
    description: 'The type of key in `p=`. Unrecognised key types make verifiers ignore the key.',
    default: '`rsa`',
    reference: KEY,
    values: [
      { value: 'rsa', description: 'RSA: `p=` holds a DER SubjectPublicKeyInfo, base64-encoded (RFC 6376 §3.6.1). Signatures `a=rsa-sha256`.' },
      { value: 'ed25519', description: 'Ed25519: `p=` holds the raw 32-byte public key, base64-encoded (RFC 8463 §4). Signatures `a=ed25519-sha256`.' },
    ],
    offer: true,
  },
  {
    name: 'h',
    title: 'Acceptable hash algorithms',
    description: 'Colon-separated list of hash algorithms this key may be used with. Unrecognised algorithms are ignored. Most records leave it out.',
    default: 'all algorithms',
    reference: KEY,
    list: true,
    values: [
      { value: 'sha256', description: 'SHA-256: the hash every signer and verifier must support (RFC 8301 §3.1).' },
      { value: 'sha1', description: 'SHA-1.', deprecated: 'RFC 8301 §3.1: rsa-sha1 MUST NOT be used for signing or verifying.' },
    ],
    offer: true,
  },
  {
    name: 'n',
    title: 'Notes',
    description: 'Notes for humans (quoted-printable). No program interprets them; keep them short, the record travels in UDP answers.',
    default: 'empty',
    reference: KEY,
    offer: true,
  },
  {
    name: 'p',
    title: 'Public key',
    description: 'The public key, base64-encoded (whitespace allowed). An empty value means the key has been revoked. Required.',
    default: 'none (required)',
    reference: KEY,
    offer: true,
  },
  {
    name: 's',
    title: 'Service types',
    description: 'Colon-separated list of services this key may be used for; verifiers of a service not listed ignore the record.',
    default: '`*` (all services)',
    reference: KEY,
    list: true,
    values: [
      { value: '*', description: 'All service types.' },
      { value: 'email', description: 'Electronic mail.' },
      { value: 'tlsrpt', description: 'TLS reports (RFC 8460 §3.3): the key signs TLS-RPT reports, not mail.' },
    ],
    offer: true,
  },
  {
    name: 't',
    title: 'Flags',
    description: 'Colon-separated list of flags. Unrecognised flags are ignored.',
    default: 'no flags',
    reference: KEY,
    list: true,
    values: [
      { value: 'y', description: 'Testing mode: verifiers must treat mail signed with this key like unsigned mail, even when the signature verifies.' },
      { value: 's', description: 'Strict: the `i=` domain of a signature must equal its `d=` domain, not a subdomain. Recommended unless subdomains sign.' },
    ],
    offer: true,
  },
  {
    name: 'g',
    title: 'Granularity (obsolete)',
    description: 'Granularity of the key (RFC 4871 §3.6.1): which local parts may sign. Removed in RFC 6376; verifiers ignore it.',
    default: '`*`',
    reference: rfc(6376, 'B.1'),
    obsolete: 'Removed in RFC 6376; verifiers ignore it.',
    offer: false,
  },
];

const BY_NAME = new Map(DKIM_TAGS.map((t) => [t.name, t]));

/** The tag of that exact name (tag names are case-sensitive, RFC 6376 §3.2). */
export function dkimTag(name: string): DkimTagInfo | undefined {
  return BY_NAME.get(name);
}

/** The registered key types, hash algorithms, service types and flags. */
export const KEY_TYPES: ReadonlySet<string> = new Set(['rsa', 'ed25519']);
export const HASHES: ReadonlySet<string> = new Set(['sha256', 'sha1']);
export const SERVICES: ReadonlySet<string> = new Set(['*', 'email', 'tlsrpt']);
export const FLAGS: ReadonlySet<string> = new Set(['y', 's']);
