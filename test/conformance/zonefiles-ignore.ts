/**
 * Zone-file vectors (from `../shared/data/zonefiles/`) that Zonemail deliberately does not
 * agree with, each with the reason. Ignored vectors are still run by `zonefiles.test.ts` and
 * must still fail; one that passes must be removed from this list.
 *
 * `id` is the vector's data file relative to `zonefiles/`, with `:line` for one line of a
 * `.jsonl` or RDATA vector file.
 */
export interface IgnoredVector {
  readonly id: string;
  readonly reason: string;
}

export const IGNORED: readonly IgnoredVector[] = [
  // Whole files: single lines that rightly raise an error although the upstream project loads the file.
  {
    id: 'ldns/14-read-zone.db:17',
    reason: '`www CNAME a` (line 17) and `www in A 127.0.0.1` (line 22) really conflict (RFC 1034 §3.6.2); ldns-read-zone does not check it, Zonemail does (zone/cname-and-other-data)',
  },
  {
    id: 'ldns/rfc8976-zonemd/A.4.The-URI.ARPA-Zone:129',
    reason: 'the file is an AXFR transcript, which repeats the SOA at its end (RFC 5936 §2.2); in a zone file the second SOA is rightly flagged (zone/multiple-soa)',
  },
  {
    id: 'ldns/rfc8976-zonemd/A.5.The-ROOT-SERVERS.NET-Zone:44',
    reason: 'the file is an AXFR transcript, which repeats the SOA at its end (RFC 5936 §2.2); in a zone file the second SOA is rightly flagged (zone/multiple-soa)',
  },
  ...['dnspython/example:184', 'dnspython/example1.good:47', 'dnspython/example2.good:47', 'dnspython/example3.good:47', 'dnspython/example4.good:48'].map((id) => ({
    id,
    reason: '`dnskey01 DNSKEY 512 255 1 ...`: dnspython accepts any protocol octet, but RFC 4034 §2.1.2 says the Protocol field MUST be 3 (zone/invalid-rdata)',
  })),
  ...['nsd/svcb/svcb.success-cases.zone:14', 'nsd/svcb/crypto.cloudflare.com.zone:8'].map((id) => ({
    id,
    reason: '`echconfig` is the draft name of the `ech` SvcParamKey (key5); NSD still accepts it as an alias, but RFC 9460 §14.3.2 registers only `ech`, so Zonemail flags it with a fix',
  })),
  {
    id: 'nsd/svcb/svcb.test-vectors-pf.zone:111',
    reason: '`pvd` comes from draft-ietf-intarea-proxy-config (an Internet-Draft); NSD implements it early, Zonemail asks for the key by number (`key11`) until it is a registered name (RFC 9460 §2.1)',
  },
  ...['nsd/svcb/svcb.test-vectors-pf.zone:114', 'nsd/svcb/svcb.test-vectors-pf.zone:115', 'nsd/svcb/svcb.test-vectors-pf.zone:116'].map((id) => ({
    id,
    reason: '`oots` comes from draft-johani-dnsop-svcb-oots (an individual Internet-Draft); NSD implements it early, Zonemail asks for the key by number (`keyNNNNN`, RFC 9460 §2.1)',
  })),

  // miekg/dns record vectors where miekg is more lenient than BIND and the RFCs.
  {
    id: 'miekg-dns/rr-parse-vectors.jsonl:31',
    reason: 'a line break inside a quoted string: miekg reads it as \\010, BIND rejects it (unbalanced quotes) and RFC 1035 §5.1 gives no such form; write `\\010` instead',
  },
  {
    id: 'miekg-dns/rr-parse-vectors.jsonl:45',
    reason: 'the NAPTR regexp holds `\\2`, which is not a zone-file escape (RFC 1035 §5.1: `\\DDD` needs three digits); BIND rejects it as a bad escape, a zone must write `\\\\2`',
  },
  {
    id: 'miekg-dns/rr-parse-vectors.jsonl:49',
    reason: 'class NONE (254) exists only in dynamic UPDATE messages (RFC 2136 §2.4); it cannot be the class of a zone-file record',
  },
  {
    id: 'miekg-dns/rr-parse-vectors.jsonl:61',
    reason: 'miekg drops parentheses inside a word and joins the pieces (`(m)(i)ek.(n)l.` = `miek.nl.`, `7(2)00` = `7200`); in BIND and RFC 1035 §5.1 parentheses delimit words',
  },
  {
    id: 'miekg-dns/rr-parse-vectors.jsonl:91',
    reason: 'HINFO is exactly two character-strings (RFC 1035 §3.3.2); miekg joins the extra words into the second, BIND rejects the extra input',
  },
  {
    id: 'miekg-dns/rr-parse-vectors.jsonl:92',
    reason: 'HINFO is exactly two character-strings (RFC 1035 §3.3.2); miekg fills in an empty OS string, BIND rejects the missing field',
  },
];
