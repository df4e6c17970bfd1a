/**
 * The DMARC tags, once: name, syntax, allowed values, default, what each means under RFC 9989
 * and, where it differs, under RFC 7489 (which most receivers still run), and the RFC sections.
 * Hover, completion and the rules all read this table.
 */
import { rfc, type RuleReference } from '../../rules/define-rule';

export interface DmarcValue {
  readonly value: string;
  readonly description: string;
}

export interface DmarcTagInfo {
  readonly name: string;
  readonly title: string;
  /** Syntax as written in the record. */
  readonly syntax: string;
  /** The allowed values, when they are an enumeration (compared case-insensitively). */
  readonly values?: readonly DmarcValue[];
  /** True when the value is a colon-separated list of `values` (`fo`). */
  readonly colonList?: boolean;
  /** The default when the tag is absent, as text. */
  readonly default?: string;
  /** Meaning under RFC 9989. */
  readonly description: string;
  /** Meaning under RFC 7489, where it differs. */
  readonly legacy?: string;
  readonly reference: RuleReference;
  readonly legacyReference: RuleReference;
  /** Removed by RFC 9989 (`pct`, `rf`, `ri`); still honoured by RFC 7489 receivers. */
  readonly removed?: boolean;
  /** Added by RFC 9989 (`np`, `psd`, `t`); RFC 7489 receivers ignore it. */
  readonly added?: boolean;
}

export const RFC9989 = rfc(9989);
export const RFC9989_TAGS = rfc(9989, '4.7');
export const RFC9989_ABNF = rfc(9989, '4.8');
export const RFC9989_DISCOVERY = rfc(9989, '4.10');
export const RFC7489_TAGS = rfc(7489, '6.3');
export const RFC7489_ABNF = rfc(7489, '6.4');
export const RFC7489_URIS = rfc(7489, '6.2');
export const RFC7489_EXTERNAL = rfc(7489, '7.1');
export const RFC7489_DISCOVERY = rfc(7489, '6.6.3');

const POLICY_VALUES: readonly DmarcValue[] = [
  { value: 'none', description: 'Monitoring only: receivers take no action on mail that fails DMARC, but send reports.' },
  { value: 'quarantine', description: 'Treat failing mail as suspicious: usually delivered to the spam or junk folder.' },
  { value: 'reject', description: 'Reject failing mail during the SMTP transaction.' },
];

const ALIGNMENT_VALUES: readonly DmarcValue[] = [
  { value: 'r', description: 'Relaxed: the authenticated domain and the From domain share the same organisational domain.' },
  { value: 's', description: 'Strict: the authenticated domain and the From domain are identical.' },
];

export const FO_VALUES: readonly DmarcValue[] = [
  { value: '0', description: 'Send a failure report when all underlying mechanisms (SPF and DKIM) fail to give an aligned pass.' },
  { value: '1', description: 'Send a failure report when any underlying mechanism fails to give an aligned pass.' },
  { value: 'd', description: 'Send a failure report when a DKIM signature fails to verify, whatever its alignment.' },
  { value: 's', description: 'Send a failure report when SPF evaluation fails, whatever its alignment.' },
];

export const DMARC_TAGS: readonly DmarcTagInfo[] = [
  {
    name: 'v',
    title: 'Version',
    syntax: 'v=DMARC1',
    values: [{ value: 'DMARC1', description: 'The only version. Case-sensitive: `v=dmarc1` is not a DMARC record.' }],
    description: 'Identifies the record as DMARC. It must be the first tag, and its value is exactly `DMARC1` (upper case); records that do not start with it are discarded.',
    reference: RFC9989_TAGS,
    legacyReference: RFC7489_TAGS,
  },
  {
    name: 'p',
    title: 'Domain Owner Assessment Policy',
    syntax: 'p=none | quarantine | reject',
    values: POLICY_VALUES,
    default: 'none when a valid `rua` is present (a reporting-only record); without either the record is ignored',
    description: 'What the domain owner asks receivers to do with mail that fails DMARC. RFC 9989 makes `p` RECOMMENDED: a record without a valid `p` but with a valid `rua` is treated as `p=none`; without `rua` receivers apply no DMARC processing.',
    legacy: 'REQUIRED in RFC 7489 (“requested Mail Receiver policy”), and it must be the second tag, right after `v`.',
    reference: RFC9989_TAGS,
    legacyReference: RFC7489_TAGS,
  },
  {
    name: 'sp',
    title: 'Subdomain policy',
    syntax: 'sp=none | quarantine | reject',
    values: POLICY_VALUES,
    default: 'the value of `p`',
    description: 'The policy for subdomains of the organisational domain that publish no DMARC record of their own.',
    reference: RFC9989_TAGS,
    legacyReference: RFC7489_TAGS,
  },
  {
    name: 'np',
    title: 'Non-existent subdomain policy',
    syntax: 'np=none | quarantine | reject',
    values: POLICY_VALUES,
    default: 'the value of `sp`, else of `p`',
    description: 'The policy for mail from subdomains that do not exist in the DNS (NXDOMAIN): a spoofed `nonexistent.example.com` gets this policy instead of `sp`.',
    legacy: 'Not part of RFC 7489 (introduced by RFC 9091 for PSD DMARC): RFC 7489 receivers ignore it and apply `sp`.',
    reference: RFC9989_TAGS,
    legacyReference: rfc(9091),
    added: true,
  },
  {
    name: 'psd',
    title: 'Public suffix domain flag',
    syntax: 'psd=y | n | u',
    values: [
      { value: 'y', description: 'This domain is a public suffix domain (PSD): the DNS tree walk stops here and the organisational domain is the name one label below.' },
      { value: 'n', description: 'This domain is not a PSD; it is an organisational domain: the tree walk takes it as the organisational domain.' },
      { value: 'u', description: 'Unspecified (the default): the tree walk decides.' },
    ],
    default: 'u',
    description: 'Used by the DNS tree walk of RFC 9989 (which replaces the Public Suffix List) to find the organisational domain. Only registries and PSD operators publish `psd=y`.',
    legacy: 'Not part of RFC 7489: RFC 7489 receivers find the organisational domain with the Public Suffix List and ignore `psd`.',
    reference: RFC9989_TAGS,
    legacyReference: RFC7489_TAGS,
    added: true,
  },
  {
    name: 't',
    title: 'Testing mode',
    syntax: 't=y | n',
    values: [
      { value: 'y', description: 'Testing: receivers apply the next weaker policy (`reject` → `quarantine`, `quarantine` → `none`).' },
      { value: 'n', description: 'Not testing (the default): the policy is applied as published.' },
    ],
    default: 'n',
    description: 'Replaces `pct` of RFC 7489. `t=y` asks receivers to apply one policy level weaker than published, like `pct=0` did; reports still flow.',
    legacy: 'Not part of RFC 7489: RFC 7489 receivers ignore `t` and enforce the policy fully (use `pct=0` there).',
    reference: RFC9989_TAGS,
    legacyReference: RFC7489_TAGS,
    added: true,
  },
  {
    name: 'adkim',
    title: 'DKIM identifier alignment mode',
    syntax: 'adkim=r | s',
    values: ALIGNMENT_VALUES,
    default: 'r',
    description: 'How closely the DKIM signing domain (`d=`) must match the From domain.',
    reference: RFC9989_TAGS,
    legacyReference: RFC7489_TAGS,
  },
  {
    name: 'aspf',
    title: 'SPF identifier alignment mode',
    syntax: 'aspf=r | s',
    values: ALIGNMENT_VALUES,
    default: 'r',
    description: 'How closely the SPF-authenticated MAIL FROM domain must match the From domain.',
    reference: RFC9989_TAGS,
    legacyReference: RFC7489_TAGS,
  },
  {
    name: 'fo',
    title: 'Failure reporting options',
    syntax: 'fo=0 | 1 | d | s, colon-separated (fo=1:d)',
    values: FO_VALUES,
    colonList: true,
    default: '0',
    description: 'When receivers should generate failure (forensic) reports; only meaningful with `ruf`.',
    reference: RFC9989_TAGS,
    legacyReference: RFC7489_TAGS,
  },
  {
    name: 'rua',
    title: 'Aggregate report destinations',
    syntax: 'rua=mailto:reports@example.com[,mailto:...]',
    description: 'Comma-separated URIs (in practice `mailto:`) that receive daily aggregate (XML) reports. A destination outside the policy domain must authorise it with a `<policy-domain>._report._dmarc.<destination>` TXT record `v=DMARC1`.',
    legacy: 'RFC 7489 also allows a size limit after each URI (`mailto:a@example.com!10m`); RFC 9989 dropped it.',
    reference: RFC9989_TAGS,
    legacyReference: RFC7489_URIS,
  },
  {
    name: 'ruf',
    title: 'Failure report destinations',
    syntax: 'ruf=mailto:forensic@example.com[,mailto:...]',
    description: 'Comma-separated URIs that receive per-message failure (forensic) reports. Few large receivers send them, and they may contain personal data. External destinations need the same authorisation record as `rua`.',
    legacy: 'RFC 7489 also allows a size limit after each URI (`!10m`); RFC 9989 dropped it.',
    reference: RFC9989_TAGS,
    legacyReference: RFC7489_URIS,
  },
  {
    name: 'pct',
    title: 'Percentage (removed)',
    syntax: 'pct=0..100',
    default: '100',
    description: 'Removed by RFC 9989: receivers that follow it ignore `pct`. Its replacement is `t=y` (testing mode), which is what `pct=0` meant; there is no partial roll-out any more.',
    legacy: 'RFC 7489: the percentage of failing mail to which the policy is applied; the rest gets the next weaker policy (`reject` → `quarantine`, `quarantine` → `none`).',
    reference: RFC9989,
    legacyReference: RFC7489_TAGS,
    removed: true,
  },
  {
    name: 'rf',
    title: 'Failure report format (removed)',
    syntax: 'rf=afrf',
    values: [{ value: 'afrf', description: 'Authentication Failure Reporting Format (RFC 6591), the only format defined.' }],
    default: 'afrf',
    description: 'Removed by RFC 9989: failure reports always use AFRF, so the tag is no longer needed.',
    legacy: 'RFC 7489: colon-separated list of failure report formats; only `afrf` is defined.',
    reference: RFC9989,
    legacyReference: RFC7489_TAGS,
    removed: true,
  },
  {
    name: 'ri',
    title: 'Aggregate report interval (removed)',
    syntax: 'ri=<seconds>',
    default: '86400 (one day)',
    description: 'Removed by RFC 9989: aggregate reports are sent daily.',
    legacy: 'RFC 7489: the requested interval between aggregate reports in seconds; receivers only had to honour daily reports.',
    reference: RFC9989,
    legacyReference: RFC7489_TAGS,
    removed: true,
  },
];

const BY_NAME = new Map(DMARC_TAGS.map((t) => [t.name, t]));

/** The tag of that name (any case), or undefined. */
export function dmarcTag(name: string): DmarcTagInfo | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** The policy strength order, weakest first. */
export const POLICY_ORDER: readonly string[] = ['none', 'quarantine', 'reject'];

/** A markdown link to a reference. */
export function link(ref: RuleReference): string {
  return `[${ref.cite}](${ref.href})`;
}
