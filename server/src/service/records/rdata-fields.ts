/**
 * RDATA field specifications per RR type (presentation format): each field's name, syntax kind,
 * description and defining RFC section. The single source of field facts for RDATA validation
 * (`rdata/`), hover and completion. Keyed by the mnemonics of `rr-types.ts`.
 */
import { rfc, type RuleReference } from '../rules/define-rule';

/**
 * Syntax of one field. Kinds marked "rest" take every remaining token:
 * `char-strings` (one or more), `hex` (whitespace allowed), `base64`, `svc-params` (zero or
 * more `key=value`), `loc` (loosely checked).
 */
export type FieldKind =
  | 'ipv4'
  | 'ipv6'
  | 'name'
  | 'mailbox'
  | 'u8'
  | 'u16'
  | 'u32'
  | 'serial'
  | 'ttl'
  | 'char-string'
  | 'char-strings'
  | 'hex'
  | 'base64'
  | 'caa-tag'
  | 'dnssec-algorithm'
  | 'svc-params'
  | 'loc';

const REST_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['char-strings', 'hex', 'base64', 'svc-params', 'loc']);

/** True when a field of this kind takes all remaining tokens. */
export function isRestKind(kind: FieldKind): boolean {
  return REST_KINDS.has(kind);
}

export interface RdataField {
  readonly name: string;
  readonly kind: FieldKind;
  /** One sentence for hover. */
  readonly description: string;
  /** Example value, used by completion snippets. */
  readonly example: string;
  /** Meanings of well-known numeric values (for hover). */
  readonly values?: Readonly<Record<number, string>>;
}

export interface RdataSpec {
  readonly type: string;
  readonly fields: readonly RdataField[];
  /** Where the presentation format is defined. */
  readonly reference: RuleReference;
}

const F = (name: string, kind: FieldKind, description: string, example: string, values?: Record<number, string>): RdataField =>
  values ? { name, kind, description, example, values } : { name, kind, description, example };

/** DNSSEC algorithm numbers (IANA "DNS Security Algorithm Numbers"). */
export const DNSSEC_ALGORITHMS: Readonly<Record<number, string>> = {
  1: 'RSAMD5 (must not be used)',
  3: 'DSA (must not be used)',
  5: 'RSASHA1 (not recommended)',
  6: 'DSA-NSEC3-SHA1 (must not be used)',
  7: 'RSASHA1-NSEC3-SHA1 (not recommended)',
  8: 'RSASHA256',
  10: 'RSASHA512',
  12: 'ECC-GOST (must not be used)',
  13: 'ECDSAP256SHA256',
  14: 'ECDSAP384SHA384',
  15: 'ED25519',
  16: 'ED448',
  252: 'INDIRECT',
  253: 'PRIVATEDNS',
  254: 'PRIVATEOID',
};

/** DS digest types (RFC 4034 §5.1.3, RFC 4509, RFC 6605) and their digest lengths in octets. */
export const DS_DIGEST_TYPES: Readonly<Record<number, string>> = { 0: 'Reserved (CDS delete, RFC 8078 §4)', 1: 'SHA-1', 2: 'SHA-256', 3: 'GOST R 34.11-94', 4: 'SHA-384' };
export const DS_DIGEST_LENGTHS: Readonly<Record<number, number>> = { 1: 20, 2: 32, 3: 32, 4: 48 };

/** SSHFP fingerprint types (RFC 4255 §3.1.2, RFC 6594) and their lengths in octets. */
export const SSHFP_FP_TYPES: Readonly<Record<number, string>> = { 1: 'SHA-1', 2: 'SHA-256' };
export const SSHFP_FP_LENGTHS: Readonly<Record<number, number>> = { 1: 20, 2: 32 };
export const SSHFP_ALGORITHMS: Readonly<Record<number, string>> = { 1: 'RSA', 2: 'DSA', 3: 'ECDSA', 4: 'Ed25519', 6: 'Ed448' };

export const TLSA_USAGES: Readonly<Record<number, string>> = {
  0: 'PKIX-TA: CA constraint (PKIX validation plus a trust anchor); not for SMTP (RFC 7672 §3.1.3): use 2',
  1: 'PKIX-EE: service certificate constraint (PKIX validation plus the end-entity certificate); not for SMTP (RFC 7672 §3.1.3): use 3',
  2: 'DANE-TA: trust anchor assertion',
  3: 'DANE-EE: domain-issued certificate (the end-entity certificate or key)',
  255: 'PrivCert: private use',
};
export const TLSA_SELECTORS: Readonly<Record<number, string>> = { 0: 'Cert: full certificate', 1: 'SPKI: SubjectPublicKeyInfo', 255: 'PrivSel: private use' };
export const TLSA_MATCHING: Readonly<Record<number, string>> = { 0: 'Full: exact match, no hash', 1: 'SHA2-256', 2: 'SHA2-512', 255: 'PrivMatch: private use' };

/** SVCB/HTTPS SvcParamKeys (IANA "Service Parameter Keys": RFC 9460 §14.3.2, RFC 9461, RFC 9540, RFC 9953). */
export const SVC_PARAM_KEYS: Readonly<Record<string, { code: number; description: string }>> = {
  mandatory: { code: 0, description: 'Keys the client must understand to use this record (comma-separated).' },
  alpn: { code: 1, description: 'Application protocols supported (comma-separated ALPN ids, e.g. `h2,h3`).' },
  'no-default-alpn': { code: 2, description: 'The default protocol is not supported; takes no value.' },
  port: { code: 3, description: 'TCP or UDP port of the service (0–65535).' },
  ipv4hint: { code: 4, description: 'IPv4 addresses of the target (comma-separated), as a hint.' },
  ech: { code: 5, description: 'TLS Encrypted ClientHello configuration list (base64).' },
  ipv6hint: { code: 6, description: 'IPv6 addresses of the target (comma-separated), as a hint.' },
  dohpath: { code: 7, description: 'DNS-over-HTTPS URI template path (RFC 9461).' },
  ohttp: { code: 8, description: 'The service supports Oblivious HTTP (RFC 9540); takes no value.' },
  'tls-supported-groups': { code: 9, description: 'TLS key-exchange groups the server supports, by IANA number (comma-separated).' },
  docpath: { code: 10, description: 'DNS over CoAP resource path as comma-separated path segments; empty for the root (RFC 9953).' },
};

const CLASS_TTL = 'Time value in seconds (BIND units `s m h d w` accepted).';

const FIELDS: readonly RdataSpec[] = [
  { type: 'A', reference: rfc(1035, '3.4.1'), fields: [F('address', 'ipv4', 'IPv4 address in dotted-quad form.', '192.0.2.1')] },
  { type: 'AAAA', reference: rfc(3596, '2.2'), fields: [F('address', 'ipv6', 'IPv6 address (RFC 4291 §2.2).', '2001:db8::1')] },
  { type: 'NS', reference: rfc(1035, '3.3.11'), fields: [F('nsdname', 'name', 'Host name of an authoritative name server; must not be an alias (CNAME).', 'ns1.example.com.')] },
  { type: 'CNAME', reference: rfc(1035, '3.3.1'), fields: [F('cname', 'name', 'The canonical (real) name this owner is an alias for.', 'www.example.com.')] },
  { type: 'DNAME', reference: rfc(6672, '2.1'), fields: [F('target', 'name', 'Names below the owner are rewritten to names below this target.', 'example.net.')] },
  { type: 'PTR', reference: rfc(1035, '3.3.12'), fields: [F('ptrdname', 'name', 'The name this owner points to (reverse lookups).', 'host.example.com.')] },
  {
    type: 'SOA',
    reference: rfc(1035, '3.3.13'),
    fields: [
      F('mname', 'name', 'Primary name server of the zone.', 'ns1.example.com.'),
      F('rname', 'mailbox', 'Mailbox of the person responsible, with the `@` written as a dot (`hostmaster.example.com.`).', 'hostmaster.example.com.'),
      F('serial', 'serial', 'Version number of the zone (32-bit, wraps around, RFC 1982); often written as YYYYMMDDnn.', '2024010101'),
      F('refresh', 'ttl', `How often secondaries check for a new serial. ${CLASS_TTL}`, '1h'),
      F('retry', 'ttl', `How long a secondary waits before retrying a failed refresh. ${CLASS_TTL}`, '15m'),
      F('expire', 'ttl', `How long a secondary keeps serving the zone without reaching the primary. ${CLASS_TTL}`, '1w'),
      F('minimum', 'ttl', `TTL for negative answers (NXDOMAIN/NODATA), RFC 2308 §4. ${CLASS_TTL}`, '1h'),
    ],
  },
  {
    type: 'MX',
    reference: rfc(1035, '3.3.9'),
    fields: [
      F('preference', 'u16', 'Preference (0–65535); lower values are tried first.', '10'),
      F('exchange', 'name', 'Host name of the mail server; `.` with preference 0 is a null MX (RFC 7505).', 'mail.example.com.'),
    ],
  },
  { type: 'TXT', reference: rfc(1035, '3.3.14'), fields: [F('txt-data', 'char-strings', 'One or more character-strings of at most 255 octets each; receivers join them with no separator.', '"v=spf1 -all"')] },
  { type: 'SPF', reference: rfc(7208, '3.1'), fields: [F('txt-data', 'char-strings', 'SPF policy text (the SPF type is obsolete: publish the policy as TXT).', '"v=spf1 -all"')] },
  {
    type: 'SRV',
    reference: rfc(2782),
    fields: [
      F('priority', 'u16', 'Priority (0–65535); lower values are tried first.', '10'),
      F('weight', 'u16', 'Relative weight (0–65535) among targets of the same priority.', '5'),
      F('port', 'u16', 'TCP or UDP port of the service (0–65535).', '443'),
      F('target', 'name', 'Host name providing the service; `.` means the service is not available.', 'server.example.com.'),
    ],
  },
  {
    type: 'CAA',
    reference: rfc(8659, '4.1'),
    fields: [
      F('flags', 'u8', 'Flags (0–255); 128 is the issuer-critical flag.', '0', { 0: 'not critical', 128: 'issuer critical: a CA that does not understand the tag must not issue' }),
      F('tag', 'caa-tag', 'Property tag: `issue`, `issuewild`, `iodef` (or another registered tag), letters and digits, lower case.', 'issue'),
      F('value', 'char-string', 'Property value as a quoted string (e.g. the CA domain for `issue`).', '"letsencrypt.org"'),
    ],
  },
  {
    type: 'TLSA',
    reference: rfc(6698, '2.2'),
    fields: [
      F('usage', 'u8', 'Certificate usage (0–3, 255). For SMTP publish `3 1 1` (SHA-256 of the server key) and, optionally, `2 1 1` (of the issuing CA key) (RFC 7672 §3.1).', '3', TLSA_USAGES),
      F('selector', 'u8', 'Which part of the certificate is matched (0 full certificate, 1 public key).', '1', TLSA_SELECTORS),
      F('matching-type', 'u8', 'How the data is matched (0 exact, 1 SHA2-256, 2 SHA2-512).', '1', TLSA_MATCHING),
      F('certificate-association-data', 'hex', 'Certificate association data in hexadecimal (whitespace allowed).', '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'),
    ],
  },
  ...['DS', 'CDS'].map(
    (type): RdataSpec => ({
      type,
      reference: rfc(4034, '5.3'),
      fields: [
        F('key-tag', 'u16', 'Key tag of the DNSKEY this record refers to (0–65535).', '12345'),
        F('algorithm', 'dnssec-algorithm', 'DNSSEC algorithm of the referenced key (number or mnemonic).', '13', DNSSEC_ALGORITHMS),
        F('digest-type', 'u8', 'Digest algorithm (1 SHA-1, 2 SHA-256, 4 SHA-384).', '2', DS_DIGEST_TYPES),
        F('digest', 'hex', 'Digest of the DNSKEY in hexadecimal (whitespace allowed).', '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'),
      ],
    }),
  ),
  ...['DNSKEY', 'CDNSKEY'].map(
    (type): RdataSpec => ({
      type,
      reference: rfc(4034, '2.2'),
      fields: [
        F('flags', 'u16', 'Flags: 256 zone-signing key, 257 key-signing key (SEP bit).', '257', { 0: 'not a zone key', 256: 'zone key (ZSK)', 257: 'zone key, secure entry point (KSK)' }),
        F('protocol', 'u8', 'Protocol; must be 3.', '3'),
        F('algorithm', 'dnssec-algorithm', 'DNSSEC algorithm (number or mnemonic).', '13', DNSSEC_ALGORITHMS),
        F('public-key', 'base64', 'Public key in base64 (whitespace allowed).', 'AwEAAQ=='),
      ],
    }),
  ),
  {
    type: 'SSHFP',
    reference: rfc(4255, '3.2'),
    fields: [
      F('algorithm', 'u8', 'SSH key algorithm (1 RSA, 2 DSA, 3 ECDSA, 4 Ed25519, 6 Ed448).', '4', SSHFP_ALGORITHMS),
      F('fp-type', 'u8', 'Fingerprint type (1 SHA-1, 2 SHA-256).', '2', SSHFP_FP_TYPES),
      F('fingerprint', 'hex', 'Fingerprint of the host key in hexadecimal.', '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'),
    ],
  },
  ...['SVCB', 'HTTPS'].map(
    (type): RdataSpec => ({
      type,
      reference: rfc(9460, '2.1'),
      fields: [
        F('priority', 'u16', 'SvcPriority: 0 is AliasMode (an alias to the target), 1–65535 ServiceMode (lower first).', '1', { 0: 'AliasMode' }),
        F('target', 'name', 'TargetName; `.` means the owner name itself (ServiceMode).', '.'),
        F('params', 'svc-params', 'SvcParams as `key=value` (mandatory, alpn, no-default-alpn, port, ipv4hint, ech, ipv6hint, keyNNNNN).', 'alpn=h2,h3'),
      ],
    }),
  ),
  {
    type: 'HINFO',
    reference: rfc(1035, '3.3.2'),
    fields: [F('cpu', 'char-string', 'CPU or hardware type, as a string.', '"x86_64"'), F('os', 'char-string', 'Operating system, as a string.', '"Linux"')],
  },
  {
    type: 'NAPTR',
    reference: rfc(3403, '4.1'),
    fields: [
      F('order', 'u16', 'Order (0–65535) in which records must be processed; lower first.', '100'),
      F('preference', 'u16', 'Preference (0–65535) among records of the same order.', '10'),
      F('flags', 'char-string', 'Flags such as `"U"`, `"S"`, `"A"`, `"P"` (quoted).', '"U"'),
      F('services', 'char-string', 'Service parameters (quoted), e.g. `"E2U+sip"`.', '"E2U+sip"'),
      F('regexp', 'char-string', 'Substitution expression (quoted), or `""`.', '"!^.*$!sip:info@example.com!"'),
      F('replacement', 'name', 'Next name to look up, or `.` when a regexp is used.', '.'),
    ],
  },
  {
    type: 'URI',
    reference: rfc(7553, '4.5'),
    fields: [
      F('priority', 'u16', 'Priority (0–65535); lower values are tried first.', '10'),
      F('weight', 'u16', 'Relative weight (0–65535) among targets of the same priority.', '1'),
      F('target', 'char-string', 'The URI, as a quoted string.', '"https://www.example.com/"'),
    ],
  },
  {
    type: 'RP',
    reference: rfc(1183, '2.2'),
    fields: [
      F('mbox', 'mailbox', 'Mailbox of the responsible person, `@` written as a dot; `.` when none.', 'admin.example.com.'),
      F('txt', 'name', 'Name of TXT records with more information; `.` when none.', '.'),
    ],
  },
  {
    type: 'AFSDB',
    reference: rfc(1183, '1'),
    fields: [
      F('subtype', 'u16', 'Subtype: 1 AFS cell database server, 2 DCE authenticated name server.', '1', { 1: 'AFS version 3 cell database server', 2: 'DCE/NCA authenticated name server' }),
      F('hostname', 'name', 'Host name of the server.', 'afsdb.example.com.'),
    ],
  },
  {
    type: 'LOC',
    reference: rfc(1876, '3'),
    fields: [F('location', 'loc', 'Latitude, longitude, altitude and optional size and precisions: `d [m [s]] N|S d [m [s]] E|W alt[m] [siz[m] [hp[m] [vp[m]]]]`.', '52 22 23.000 N 4 53 32.000 E -2.00m')],
  },
  { type: 'OPENPGPKEY', reference: rfc(7929, '2.3'), fields: [F('public-key', 'base64', 'OpenPGP transferable public key in base64.', 'mQENBFV...')] },
  {
    type: 'KX',
    reference: rfc(2230, '3.1'),
    fields: [F('preference', 'u16', 'Preference (0–65535); lower first.', '10'), F('exchanger', 'name', 'Host name of the key exchanger.', 'kx.example.com.')],
  },
];

const BY_TYPE = new Map<string, RdataSpec>(FIELDS.map((s) => [s.type, s]));

/** The RDATA specification of a type mnemonic (upper case), or undefined when the table has none. */
export function rdataSpec(type: string): RdataSpec | undefined {
  return BY_TYPE.get(type.toUpperCase());
}

/** Every type the table describes. */
export const RDATA_SPECS: readonly RdataSpec[] = FIELDS;

/** The field layout as text: `MX preference exchange`. */
export function fieldLayout(spec: RdataSpec): string {
  return [spec.type, ...spec.fields.map((f) => (isRestKind(f.kind) ? `${f.name}...` : f.name))].join(' ');
}
