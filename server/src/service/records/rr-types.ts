/**
 * The RR TYPE registry (IANA "Resource Record (RR) TYPEs"): mnemonic, code and a one-line
 * description. The one table that maps names to numbers; RDATA field definitions live in
 * `rdata-fields.ts`, keyed by the same mnemonics.
 */
import { editDistance } from '../text/edit-distance';

export interface RrTypeInfo {
  readonly name: string;
  readonly code: number;
  readonly summary: string;
  /** The defining document, as cited in text (`RFC 1035 §3.3.9`). */
  readonly rfc: string;
  /** True for types that are obsolete or experimental and should not be published. */
  readonly obsolete?: boolean;
}

const T = (name: string, code: number, summary: string, rfc: string, obsolete = false): RrTypeInfo =>
  obsolete ? { name, code, summary, rfc, obsolete } : { name, code, summary, rfc };

export const RR_TYPES: readonly RrTypeInfo[] = [
  T('A', 1, 'IPv4 host address', 'RFC 1035 §3.4.1'),
  T('NS', 2, 'Authoritative name server', 'RFC 1035 §3.3.11'),
  T('MD', 3, 'Mail destination (obsolete, use MX)', 'RFC 1035 §3.3.4', true),
  T('MF', 4, 'Mail forwarder (obsolete, use MX)', 'RFC 1035 §3.3.5', true),
  T('CNAME', 5, 'Canonical name for an alias', 'RFC 1035 §3.3.1'),
  T('SOA', 6, 'Start of a zone of authority', 'RFC 1035 §3.3.13'),
  T('MB', 7, 'Mailbox domain name (experimental)', 'RFC 1035 §3.3.3', true),
  T('MG', 8, 'Mail group member (experimental)', 'RFC 1035 §3.3.6', true),
  T('MR', 9, 'Mail rename domain name (experimental)', 'RFC 1035 §3.3.8', true),
  T('NULL', 10, 'Null RR (experimental)', 'RFC 1035 §3.3.10', true),
  T('WKS', 11, 'Well-known service description', 'RFC 1035 §3.4.2', true),
  T('PTR', 12, 'Domain name pointer', 'RFC 1035 §3.3.12'),
  T('HINFO', 13, 'Host information', 'RFC 1035 §3.3.2'),
  T('MINFO', 14, 'Mailbox or mail list information', 'RFC 1035 §3.3.7', true),
  T('MX', 15, 'Mail exchange', 'RFC 1035 §3.3.9'),
  T('TXT', 16, 'Text strings', 'RFC 1035 §3.3.14'),
  T('RP', 17, 'Responsible person', 'RFC 1183 §2.2'),
  T('AFSDB', 18, 'AFS database location', 'RFC 1183 §1'),
  T('X25', 19, 'X.25 PSDN address', 'RFC 1183 §3.1', true),
  T('ISDN', 20, 'ISDN address', 'RFC 1183 §3.2', true),
  T('RT', 21, 'Route through', 'RFC 1183 §3.3', true),
  T('NSAP', 22, 'NSAP address', 'RFC 1706', true),
  T('NSAP-PTR', 23, 'NSAP domain name pointer', 'RFC 1706', true),
  T('SIG', 24, 'Security signature (obsolete, use RRSIG)', 'RFC 2535', true),
  T('KEY', 25, 'Security key (obsolete, use DNSKEY)', 'RFC 2535', true),
  T('PX', 26, 'X.400 mail mapping information', 'RFC 2163', true),
  T('GPOS', 27, 'Geographical position', 'RFC 1712', true),
  T('AAAA', 28, 'IPv6 host address', 'RFC 3596 §2'),
  T('LOC', 29, 'Location information', 'RFC 1876'),
  T('NXT', 30, 'Next domain (obsolete, use NSEC)', 'RFC 2535', true),
  T('EID', 31, 'Endpoint identifier', 'RFC 1876', true),
  T('NIMLOC', 32, 'Nimrod locator', 'RFC 1876', true),
  T('SRV', 33, 'Server selection', 'RFC 2782'),
  T('ATMA', 34, 'ATM address', 'ATM Forum', true),
  T('NAPTR', 35, 'Naming authority pointer', 'RFC 3403 §4'),
  T('KX', 36, 'Key exchanger', 'RFC 2230'),
  T('CERT', 37, 'Certificate', 'RFC 4398'),
  T('A6', 38, 'IPv6 address (obsolete, use AAAA)', 'RFC 6563', true),
  T('DNAME', 39, 'Delegation name (subtree alias)', 'RFC 6672'),
  T('SINK', 40, 'Kitchen sink', 'draft', true),
  T('OPT', 41, 'EDNS option pseudo-record (never in a zone)', 'RFC 6891'),
  T('APL', 42, 'Address prefix list', 'RFC 3123'),
  T('DS', 43, 'Delegation signer', 'RFC 4034 §5'),
  T('SSHFP', 44, 'SSH key fingerprint', 'RFC 4255'),
  T('IPSECKEY', 45, 'IPsec keying material', 'RFC 4025'),
  T('RRSIG', 46, 'DNSSEC signature', 'RFC 4034 §3'),
  T('NSEC', 47, 'Next secure record', 'RFC 4034 §4'),
  T('DNSKEY', 48, 'DNS public key', 'RFC 4034 §2'),
  T('DHCID', 49, 'DHCP identifier', 'RFC 4701'),
  T('NSEC3', 50, 'Hashed next secure record', 'RFC 5155'),
  T('NSEC3PARAM', 51, 'NSEC3 parameters', 'RFC 5155'),
  T('TLSA', 52, 'TLS certificate association (DANE)', 'RFC 6698 §2'),
  T('SMIMEA', 53, 'S/MIME certificate association', 'RFC 8162'),
  T('HIP', 55, 'Host identity protocol', 'RFC 8005'),
  T('NINFO', 56, 'Zone status information', 'IANA', true),
  T('RKEY', 57, 'Resource key', 'IANA', true),
  T('TALINK', 58, 'Trust anchor link', 'IANA', true),
  T('CDS', 59, 'Child DS', 'RFC 7344'),
  T('CDNSKEY', 60, 'Child DNSKEY', 'RFC 7344'),
  T('OPENPGPKEY', 61, 'OpenPGP public key', 'RFC 7929'),
  T('CSYNC', 62, 'Child-to-parent synchronisation', 'RFC 7477'),
  T('ZONEMD', 63, 'Message digest of the zone', 'RFC 8976'),
  T('SVCB', 64, 'General-purpose service binding', 'RFC 9460'),
  T('HTTPS', 65, 'Service binding for HTTPS', 'RFC 9460'),
  T('DSYNC', 66, 'Endpoint for generalised DNS notifications', 'RFC 9859'),
  T('HHIT', 67, 'DRIP Hierarchical Host Identity Tag (drone identity)', 'RFC 9886'),
  T('BRID', 68, 'DRIP Broadcast Remote ID (drone identity)', 'RFC 9886'),
  T('SPF', 99, 'SPF policy (obsolete, publish SPF as TXT)', 'RFC 7208 §3.1', true),
  T('UINFO', 100, 'Reserved', 'IANA', true),
  T('UID', 101, 'Reserved', 'IANA', true),
  T('GID', 102, 'Reserved', 'IANA', true),
  T('UNSPEC', 103, 'Reserved', 'IANA', true),
  T('NID', 104, 'ILNP node identifier', 'RFC 6742'),
  T('L32', 105, 'ILNP 32-bit locator', 'RFC 6742'),
  T('L64', 106, 'ILNP 64-bit locator', 'RFC 6742'),
  T('LP', 107, 'ILNP locator pointer', 'RFC 6742'),
  T('EUI48', 108, 'EUI-48 address', 'RFC 7043'),
  T('EUI64', 109, 'EUI-64 address', 'RFC 7043'),
  T('TKEY', 249, 'Transaction key (never in a zone)', 'RFC 2930'),
  T('TSIG', 250, 'Transaction signature (never in a zone)', 'RFC 8945'),
  T('URI', 256, 'Uniform resource identifier', 'RFC 7553'),
  T('CAA', 257, 'Certification authority authorisation', 'RFC 8659 §4'),
  T('AVC', 258, 'Application visibility and control', 'IANA'),
  T('DOA', 259, 'Digital object architecture', 'IANA'),
  T('AMTRELAY', 260, 'Automatic multicast tunnelling relay', 'RFC 8777'),
  T('RESINFO', 261, 'Resolver information', 'RFC 9606'),
  T('WALLET', 262, 'Public wallet address', 'IANA'),
  T('TA', 32768, 'DNSSEC trust authority', 'IANA'),
  T('DLV', 32769, 'DNSSEC lookaside validation (obsolete)', 'RFC 8749', true),
];

const byName = new Map<string, RrTypeInfo>();
const byCode = new Map<number, RrTypeInfo>();
for (const t of RR_TYPES) {
  byName.set(t.name, t);
  byCode.set(t.code, t);
}

/** The type for a mnemonic (any case), or undefined. */
export function rrTypeByName(name: string): RrTypeInfo | undefined {
  return byName.get(name.toUpperCase());
}

export function rrTypeByCode(code: number): RrTypeInfo | undefined {
  return byCode.get(code);
}

/**
 * The canonical mnemonic of a type token: a known mnemonic in upper case, `TYPEnnn` mapped to
 * the mnemonic when one exists (RFC 3597 §5), otherwise `TYPEnnn`; undefined when the token is
 * not a type at all.
 */
export function canonicalTypeName(token: string): string | undefined {
  const direct = byName.get(token);
  if (direct) return direct.name;
  const upper = token.toUpperCase();
  if (byName.has(upper)) return upper;
  if (upper.startsWith('TYPE') && upper.length > 4 && upper.length <= 9) {
    let code = 0;
    for (let i = 4; i < upper.length; i++) {
      const c = upper.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return undefined;
      code = code * 10 + c;
    }
    if (code > 65535) return undefined;
    return byCode.get(code)?.name ?? `TYPE${code}`;
  }
  return undefined;
}

/** DNS classes (RFC 1035 §3.2.4, RFC 6895 §3.2). */
export const RR_CLASSES: readonly { name: string; code: number; summary: string }[] = [
  { name: 'IN', code: 1, summary: 'The Internet' },
  { name: 'CH', code: 3, summary: 'Chaos' },
  { name: 'HS', code: 4, summary: 'Hesiod' },
  { name: 'CS', code: 2, summary: 'CSNET (obsolete)' },
];

/** The canonical class of a token (`IN`, `CLASS1` → `IN`), or undefined. */
export function canonicalClassName(token: string): string | undefined {
  if (token === 'IN') return 'IN';
  const upper = token.toUpperCase();
  if (RR_CLASSES.some((c) => c.name === upper)) return upper;
  if (upper.startsWith('CLASS') && upper.length > 5 && upper.length <= 10 && /^CLASS[0-9]+$/.test(upper)) {
    const code = Number(upper.slice(5));
    if (code > 65535) return undefined;
    return RR_CLASSES.find((c) => c.code === code)?.name ?? upper;
  }
  return undefined;
}

/** Types people write every day, preferred when a misspelling is as close to a rarer one. */
const COMMON_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'SOA', 'SRV', 'CAA', 'PTR', 'TLSA', 'DS', 'DNSKEY', 'HTTPS', 'SVCB', 'SSHFP', 'NAPTR', 'DNAME'];

/** The known type a misspelt type token most likely meant (`AAA` → `AAAA`, `CNAM` → `CNAME`). */
export function closestTypeName(token: string): string | undefined {
  const upper = token.toUpperCase();
  if (upper.length < 2 || upper.length > 12) return undefined;
  let best: string | undefined;
  let bestDistance = upper.length <= 3 ? 1 : 2;
  for (const name of [...COMMON_TYPES, ...RR_TYPES.filter((t) => !t.obsolete).map((t) => t.name)]) {
    const d = editDistance(upper, name, bestDistance);
    if (d < bestDistance || (d === bestDistance && best === undefined)) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
