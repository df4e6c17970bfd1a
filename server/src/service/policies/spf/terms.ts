/**
 * The SPF terms table (RFC 7208 §5, §6): each mechanism and modifier once, with its syntax,
 * meaning, default and RFC section. Drives hover and completion. Also the qualifiers, the macro
 * letters (§7.2) and a small table of well-known provider includes.
 */
import { rfc, type RuleReference } from '../../rules/define-rule';

export interface SpfTermInfo {
  readonly name: string;
  readonly kind: 'mechanism' | 'modifier';
  /** Syntax as the RFC writes it. */
  readonly syntax: string;
  readonly description: string;
  /** What applies when the optional parts are left out. */
  readonly defaults?: string;
  readonly reference: RuleReference;
  /** True when the term costs a DNS lookup toward the limit of 10 (§4.6.4). */
  readonly lookup: boolean;
  /** Completion insert text (snippet syntax). */
  readonly snippet: string;
}

export const SPF_TERMS: readonly SpfTermInfo[] = [
  {
    name: 'all',
    kind: 'mechanism',
    syntax: '[qualifier] all',
    description: 'Matches every sender. Put it last: it decides what happens to everyone the terms before it did not match. `-all` fails them, `~all` soft-fails them.',
    defaults: 'With no `all` and no `redirect` the result for unmatched senders is neutral (`?all`).',
    reference: rfc(7208, '5.1'),
    lookup: false,
    snippet: '-all',
  },
  {
    name: 'include',
    kind: 'mechanism',
    syntax: '[qualifier] include:<domain-spec>',
    description: "Evaluates the SPF record of another domain; matches when that record's result is pass. Used to authorise a provider's servers.",
    reference: rfc(7208, '5.2'),
    lookup: true,
    snippet: 'include:${1:_spf.example.net}',
  },
  {
    name: 'a',
    kind: 'mechanism',
    syntax: '[qualifier] a[:<domain-spec>][/<ip4-cidr>][//<ip6-cidr>]',
    description: 'Matches when the client address is one of the A or AAAA addresses of the domain (within the prefix lengths, when given).',
    defaults: 'Domain: the current domain. Prefixes: /32 and //128.',
    reference: rfc(7208, '5.3'),
    lookup: true,
    snippet: 'a',
  },
  {
    name: 'mx',
    kind: 'mechanism',
    syntax: '[qualifier] mx[:<domain-spec>][/<ip4-cidr>][//<ip6-cidr>]',
    description: 'Matches when the client address is an address of one of the MX hosts of the domain. More than 10 MX hosts is a permerror.',
    defaults: 'Domain: the current domain. Prefixes: /32 and //128.',
    reference: rfc(7208, '5.4'),
    lookup: true,
    snippet: 'mx',
  },
  {
    name: 'ptr',
    kind: 'mechanism',
    syntax: '[qualifier] ptr[:<domain-spec>]',
    description: 'Matches when a validated reverse-DNS name of the client ends in the domain. Slow, unreliable and a load on the reverse zones: RFC 7208 says it SHOULD NOT be used.',
    defaults: 'Domain: the current domain.',
    reference: rfc(7208, '5.5'),
    lookup: true,
    snippet: 'ptr',
  },
  {
    name: 'ip4',
    kind: 'mechanism',
    syntax: '[qualifier] ip4:<ip4-network>[/<0-32>]',
    description: 'Matches when the client address is in the IPv4 network. No DNS lookup.',
    defaults: 'Prefix length: /32 (one address).',
    reference: rfc(7208, '5.6'),
    lookup: false,
    snippet: 'ip4:${1:192.0.2.0/24}',
  },
  {
    name: 'ip6',
    kind: 'mechanism',
    syntax: '[qualifier] ip6:<ip6-network>[/<0-128>]',
    description: 'Matches when the client address is in the IPv6 network. No DNS lookup.',
    defaults: 'Prefix length: /128 (one address).',
    reference: rfc(7208, '5.6'),
    lookup: false,
    snippet: 'ip6:${1:2001:db8::/32}',
  },
  {
    name: 'exists',
    kind: 'mechanism',
    syntax: '[qualifier] exists:<domain-spec>',
    description: 'Matches when the domain (usually built with macros) has an A record, whatever its address.',
    reference: rfc(7208, '5.7'),
    lookup: true,
    snippet: 'exists:${1:%{i}._spf.example.com}',
  },
  {
    name: 'redirect',
    kind: 'modifier',
    syntax: 'redirect=<domain-spec>',
    description: "Uses another domain's SPF record when no mechanism of this one matched. Ignored when the record has an `all` mechanism. At most once.",
    reference: rfc(7208, '6.1'),
    lookup: true,
    snippet: 'redirect=${1:_spf.example.com}',
  },
  {
    name: 'exp',
    kind: 'modifier',
    syntax: 'exp=<domain-spec>',
    description: 'Names a TXT record whose text (with macros, including `%{c}` `%{r}` `%{t}`) explains a fail result to the sender. Not counted toward the lookup limit. At most once.',
    reference: rfc(7208, '6.2'),
    lookup: false,
    snippet: 'exp=${1:explain._spf.example.com}',
  },
];

export const SPF_TERMS_BY_NAME: ReadonlyMap<string, SpfTermInfo> = new Map(SPF_TERMS.map((t) => [t.name, t]));

export const QUALIFIERS: Readonly<Record<string, { result: string; meaning: string }>> = {
  '+': { result: 'pass', meaning: 'the sender is authorised (the default when no qualifier is written)' },
  '-': { result: 'fail', meaning: 'the sender is not authorised; receivers may reject the message' },
  '~': { result: 'softfail', meaning: 'the sender is probably not authorised; receivers accept but mark the message' },
  '?': { result: 'neutral', meaning: 'no statement about the sender (as if there were no SPF record)' },
};

export const MACRO_LETTER_INFO: Readonly<Record<string, string>> = {
  s: 'the sender address (`<sender>`, local-part@domain)',
  l: 'the local-part of the sender',
  o: 'the domain of the sender',
  d: 'the current domain (the one whose record is being evaluated)',
  i: 'the client IP address (IPv4 dotted; IPv6 as dot-separated nibbles)',
  p: 'the validated reverse-DNS name of the client (SHOULD NOT be used: slow and unreliable, RFC 7208 §7.3)',
  v: '`in-addr` for IPv4 clients, `ip6` for IPv6',
  h: 'the HELO/EHLO domain',
  c: 'the SMTP client IP in readable form (explanation text only)',
  r: 'the domain of the receiving host (explanation text only)',
  t: 'the current timestamp (explanation text only)',
  '%': 'a literal `%`',
  _: 'a space',
  '-': 'a URL-encoded space (`%20`)',
};

/** Well-known provider includes and their lookup cost (the include itself plus its nested lookups). */
export interface ProviderInclude {
  readonly domain: string;
  readonly provider: string;
  /** Approximate total lookups the include costs, when known with confidence. */
  readonly lookups?: number;
}

/** When the figures below were compiled from the providers' published records; they change. */
export const PROVIDER_TABLE_DATE = '2025';

export const PROVIDER_INCLUDES: readonly ProviderInclude[] = [
  { domain: '_spf.google.com', provider: 'Google Workspace', lookups: 4 },
  { domain: 'spf.protection.outlook.com', provider: 'Microsoft 365', lookups: 2 },
  { domain: 'amazonses.com', provider: 'Amazon SES', lookups: 1 },
  { domain: 'servers.mcsv.net', provider: 'Mailchimp', lookups: 1 },
  { domain: 'spf.mandrillapp.com', provider: 'Mandrill (Mailchimp Transactional)' },
  { domain: 'sendgrid.net', provider: 'SendGrid' },
  { domain: 'mailgun.org', provider: 'Mailgun' },
  { domain: 'zoho.com', provider: 'Zoho Mail (zoho.eu in the EU)' },
  { domain: '_spf.salesforce.com', provider: 'Salesforce' },
  { domain: 'spf.mtasv.net', provider: 'Postmark' },
];
