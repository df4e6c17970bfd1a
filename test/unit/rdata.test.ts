/** RDATA validation per RR type: field counts, field syntax, cross-field checks, RFC 3597. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService } from '../../server/src/service/index';
import { validateRdata } from '../../server/src/service/records/rdata/validate';
import { RDATA_SPECS, rdataSpec } from '../../server/src/service/records/rdata-fields';
import { rrTypeByName } from '../../server/src/service/records/rr-types';
import { SHARED_DATA } from '../support/paths';

const service = getLanguageService();

/** Parses one record line (below `$ORIGIN example.com.` and `$TTL 3600`) and validates its RDATA. */
function problems(line: string): { text: string; message: string }[] {
  const text = `$ORIGIN example.com.\n$TTL 3600\n${line}\n`;
  const doc = service.parse({ uri: 'file:///t/example.com.zone', text, languageId: 'dns-zone' })!;
  assert.equal(doc.records.length, 1, `expected one record from ${JSON.stringify(line)}`);
  return validateRdata(doc.records[0]!).map((p) => ({ text: text.slice(p.range.start, p.range.end), message: p.message }));
}

const valid = (line: string) => assert.deepEqual(problems(line), [], line);
function invalid(line: string, flagged: string, message?: RegExp): void {
  const found = problems(line);
  assert.ok(found.length > 0, `expected a problem in ${line}`);
  assert.equal(found[0]!.text, flagged, `${line}: ${found[0]!.message}`);
  if (message) assert.match(found[0]!.message, message);
}

test('the field table covers the required types, every entry is a known type', () => {
  for (const t of ['A', 'AAAA', 'NS', 'CNAME', 'DNAME', 'SOA', 'MX', 'TXT', 'SPF', 'SRV', 'CAA', 'PTR', 'TLSA', 'DS', 'CDS', 'DNSKEY', 'CDNSKEY', 'SSHFP', 'HTTPS', 'SVCB', 'HINFO', 'NAPTR', 'URI', 'RP', 'AFSDB', 'LOC']) {
    assert.ok(rdataSpec(t), `no RDATA spec for ${t}`);
  }
  for (const spec of RDATA_SPECS) {
    assert.ok(rrTypeByName(spec.type), `${spec.type} is not in rr-types`);
    assert.ok(spec.fields.length > 0);
    for (const f of spec.fields) assert.ok(f.description.length > 10, `${spec.type} ${f.name} lacks a description`);
  }
});

test('every example in the table is itself valid', () => {
  for (const spec of RDATA_SPECS) {
    if (spec.type === 'OPENPGPKEY' || spec.type === 'DNSKEY' || spec.type === 'CDNSKEY') continue;
    valid(`@ ${spec.type} ${spec.fields.map((f) => f.example).join(' ')}`);
  }
});

test('A and AAAA', () => {
  valid('@ A 192.0.2.1');
  valid('@ AAAA 2001:db8::1');
  valid('@ AAAA ::ffff:192.0.2.1');
  invalid('@ A 192.0.2', '192.0.2', /not an IPv4 address/);
  invalid('@ A 256.0.0.1', '256.0.0.1');
  invalid('@ A 2001:db8::1', '2001:db8::1', /AAAA/);
  invalid('@ AAAA 192.0.2.1', '192.0.2.1', /A record/);
  invalid('@ AAAA 2001:db8::g', '2001:db8::g');
  invalid('@ A', 'A', /needs 1 field/);
  invalid('@ A 192.0.2.1 192.0.2.2', '192.0.2.2', /takes 1 field/);
});

test('MX, NS, CNAME, PTR', () => {
  valid('@ MX 10 mail');
  valid('@ MX 0 .');
  valid('@ NS ns1.example.net.');
  valid('www CNAME @');
  invalid('@ MX mail.example.com.', 'MX', /needs 2 fields \(preference exchange\) but has 1; add the exchange/);
  invalid('@ MX 70000 mail', '70000', /MX preference must be a number 0–65535.*`MX 10 mail.example.com.`/);
  invalid('@ MX -1 mail', '-1');
  invalid('@ MX 10 mail extra', 'extra', /takes 2 fields/);
  invalid('@ CNAME a..example.com.', '..', /Empty label/);
  invalid(`@ NS ${'a'.repeat(64)}.example.net.`, 'a'.repeat(64), /63/);
  assert.equal(problems('@ CNAME ..').length, 1);
});

test('SOA takes seven fields, timers with BIND units', () => {
  valid('@ SOA ns1 hostmaster 2024010101 3600 900 604800 300');
  valid('@ SOA ns1.example.com. hostmaster.example.com. ( 2024010101 1h 15m 1w 1H )');
  invalid('@ SOA ns1 hostmaster 2024010101 1h 15m 1w', 'SOA', /needs 7 fields.*add the minimum/);
  invalid('@ SOA ns1 hostmaster 4294967296 1h 15m 1w 1h', '4294967296', /serial must be a number 0–4294967295/);
  invalid('@ SOA ns1 hostmaster 1 1x 15m 1w 1h', '1x', /SOA refresh: .*unknown unit/);
});

test('TXT and SPF take one or more strings', () => {
  valid('@ TXT "v=spf1 -all"');
  valid('@ TXT "part one" "part two" bare');
  invalid('@ TXT', 'TXT', /needs 1 field/);
});

test('SRV, NAPTR, URI, HINFO, RP, AFSDB', () => {
  valid('_sip._tcp SRV 10 5 5060 sip.example.com.');
  valid('_sip._tcp SRV 0 0 0 .');
  invalid('_sip._tcp SRV 10 5 sip.example.com.', 'SRV', /needs 4 fields/);
  invalid('_sip._tcp SRV 10 5 70000 sip', '70000', /SRV port must be a number 0–65535/);
  valid('@ NAPTR 100 10 "U" "E2U+sip" "!^.*$!sip:info@example.com!" .');
  valid('@ URI 10 1 "https://www.example.com/"');
  valid('@ HINFO "PC" "NetBSD"');
  invalid('@ HINFO "PC"', 'HINFO', /add the os/);
  valid('@ RP admin.example.com. .');
  valid('@ AFSDB 1 afsdb.example.com.');
});

test('CAA: flags 0–255, alphanumeric tag, value', () => {
  valid('@ CAA 0 issue "letsencrypt.org"');
  valid('@ CAA 128 tbs "Unknown"');
  valid('@ CAA 0 iodef "mailto:security@example.com"');
  invalid('@ CAA 256 issue "ca.example"', '256', /CAA flags must be a number 0–255/);
  invalid('@ CAA 0 is-sue "ca.example"', 'is-sue', /letters and digits/);
  invalid('@ CAA 0 issue ca example', 'example', /double quotes/);
});

test('TLSA: three numbers and hex data', () => {
  valid('_25._tcp.mail TLSA 3 1 1 0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789abcdef');
  valid('_25._tcp.mail TLSA 3 1 1 ( 0123456789abcdef0123456789abcdef\n 0123456789abcdef0123456789abcdef )');
  invalid('_25._tcp.mail TLSA 3 1 256 abcd', '256', /matching-type must be a number 0–255/);
  invalid('_25._tcp.mail TLSA 3 1 1 abcz', 'z', /not a hex digit/);
  invalid('_25._tcp.mail TLSA 3 1 1 abc', 'abc', /odd number of hex digits/);
  invalid('_25._tcp.mail TLSA 3 1 1', 'TLSA', /add the certificate-association-data/);
});

test('DS and CDS: digest length follows the digest type', () => {
  const sha256 = 'e2d3c916f6deeac73294e8268fb5885044a833fc5459588f4a9184cfc41a5766';
  valid(`@ DS 60485 5 1 2bb183af5f22588179a53b0a98631fad1a292118`);
  valid(`@ DS 60485 RSASHA256 2 ${sha256}`);
  valid(`@ DS 60485 13 4 ${'ab'.repeat(48)}`);
  valid('@ CDS 0 0 0 00');
  invalid(`@ DS 60485 13 1 ${sha256}`, sha256, /20 octets/);
  invalid('@ DS 60485 13 2 abcdef', 'abcdef', /needs a digest of 32 octets/);
  invalid(`@ DS 60485 13 4 ${sha256}`, sha256, /48 octets/);
  invalid(`@ DS 70000 13 2 ${sha256}`, '70000', /key-tag/);
  invalid(`@ DS 1 NOTANALG 2 ${sha256}`, 'NOTANALG', /mnemonic/);
});

test('DNSKEY: protocol 3 and base64 key', () => {
  valid('@ DNSKEY 257 3 13 ( mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+ KkxLbxILfDLUT0rAK9iUzy1L53eKGQ== )');
  invalid('@ DNSKEY 257 2 13 AwEAAQ==', '2', /protocol must be 3/);
  invalid('@ DNSKEY 257 3 13 AwEA!Q==', '!', /base64/);
  invalid('@ DNSKEY 257 3 13 AwEAA', 'AwEAA', /groups of 4/);
  invalid('@ DNSKEY 257 3 13 Aw==AQ==', 'A', /after `=` padding/);
});

test('SSHFP: fingerprint length follows the type', () => {
  valid('@ SSHFP 1 1 aa549bfe898489c02d1715d97d79c57ba2fa76ab');
  valid(`@ SSHFP 4 2 ${'0f'.repeat(32)}`);
  invalid(`@ SSHFP 4 2 ${'0f'.repeat(20)}`, '0f'.repeat(20), /32 octets/);
  invalid('@ SSHFP 4 1 abcd', 'abcd', /20 octets/);
});

test('SVCB and HTTPS parameters', () => {
  valid('@ HTTPS 1 . alpn=h2,h3 port=8443 ipv4hint=192.0.2.1 ipv6hint=2001:db8::1');
  valid('@ HTTPS 0 www.example.com.');
  valid('@ SVCB 1 . alpn="h2,h3" mandatory=alpn');
  valid('@ HTTPS 1 . alpn=h2 no-default-alpn');
  invalid('@ HTTPS 1 . port=70000', 'port=70000', /port/);
  invalid('@ HTTPS 1 . alpm=h2', 'alpm', /SvcParamKey/);
  invalid('@ HTTPS 1 . alpn=h2 alpn=h3', 'alpn', /twice/);
  invalid('@ HTTPS 1 . ipv4hint=192.0.2.1,2001:db8::1', 'ipv4hint=192.0.2.1,2001:db8::1', /not an IPv4 address/);
  invalid('@ HTTPS 1 . mandatory=port alpn=h2', 'mandatory=port', /no `port` parameter/);
  invalid('@ HTTPS 1 . no-default-alpn', 'no-default-alpn', /requires an `alpn`/);
  invalid('@ HTTPS 1 . port', 'port', /needs a value/);
  invalid('@ HTTPS 1 . echconfig=AAAA', 'echconfig', /renamed `ech`/);
  invalid('@ HTTPS', 'HTTPS', /needs 2 fields/);
});

test('SvcParamKey docpath (key10): a value list that may be empty (RFC 9953)', () => {
  valid('@ SVCB 1 dns.example.org. alpn=co docpath');
  valid('@ SVCB 1 dns.example.org. alpn=co docpath=dns');
  valid('@ SVCB 1 dns.example.org. alpn=co docpath=n,s');
  valid('@ SVCB 1 dns.example.org. alpn=h3,co dohpath=/{?dns} docpath');
  valid('@ SVCB 1 dns.example.org. alpn=co key10=dns');
  invalid('@ SVCB 1 dns.example.org. alpn=co docpath=d\\\\ns', 'docpath=d\\\\ns', /value list/);
});

test('registered keys written as keyNNNNN are checked like their names (RFC 9460 §2.1)', () => {
  valid('@ HTTPS 1 . key1=h2,h3 key3=8443');
  valid('@ HTTPS 1 . alpn=h2 key2');
  valid('@ HTTPS 1 . key65000=anything key65001');
  invalid('@ HTTPS 1 . key1=', 'key1=', /`key1` \(`alpn`\) needs a value; write e\.g\. `key1=h2,h3`/);
  invalid('@ HTTPS 1 . key3=x', 'key3=x', /`key3` \(`port`\) must be a number/);
  invalid('@ HTTPS 1 . alpn=h2 key2=1', 'key2=1', /takes no value/);
  invalid('@ HTTPS 1 . key4=2001:db8::1', 'key4=2001:db8::1', /not an IPv4 address/);
  invalid('@ HTTPS 1 . alpn=h2 key1=h3', 'key1', /twice/);
});

test('value lists allow only the escapes \\, and \\\\ (RFC 9460 Appendix A.1)', () => {
  // Zone text `f\\\\oo\\,bar` is `f\\oo\,bar` after zone unescaping: items `f\oo,bar` and `h2`.
  valid('@ SVCB 16 foo.example.org. alpn="f\\\\\\\\oo\\\\,bar,h2"');
  valid('@ SVCB 16 foo.example.org. alpn=f\\\\\\092oo\\092,bar,h2');
  valid('@ HTTPS 1 . alpn=h2\\\\,h3');
  // Zone text `h2\\.h3` is `h2\.h3`: `\.` is no value-list escape.
  invalid('@ HTTPS 1 . alpn=h2\\\\.h3', 'alpn=h2\\\\.h3', /escape `\\\.`.*RFC 9460 Appendix A\.1/);
  invalid('@ HTTPS 1 . alpn="h2\\\\x"', 'alpn="h2\\\\x"', /value list/);
  invalid('@ HTTPS 1 . alpn=h2,,h3', 'alpn=h2,,h3', /empty protocol id/);
});

test('the shared SVCB presentation vectors are valid', () => {
  const file = path.join(SHARED_DATA, 'zonefiles', 'dnspython', 'svcb_test_vectors.text');
  const vectors: string[] = [];
  let pending = '';
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';')) continue;
    pending = pending ? `${pending} ${line}` : line;
    if (pending.includes('(') && !pending.includes(')')) continue;
    vectors.push(pending);
    pending = '';
  }
  assert.ok(vectors.length >= 8);
  for (const v of vectors) valid(`@ SVCB ${v}`);
});

test('the NSD SVCB failure cases are each reported', () => {
  const dir = path.join(SHARED_DATA, 'zonefiles', 'nsd', 'svcb');
  const expectations = JSON.parse(fs.readFileSync(path.join(dir, 'expectations.json'), 'utf8')) as { cases: { file: string; expect: string }[] };
  let checked = 0;
  for (const c of expectations.cases) {
    if (c.expect !== 'invalid') continue;
    const text = fs.readFileSync(path.join(dir, c.file), 'utf8');
    const doc = service.parse({ uri: `file:///t/${c.file}`, text, languageId: 'dns-zone' })!;
    const svcb = doc.records.filter((r) => r.type === 'SVCB' || r.type === 'HTTPS');
    if (svcb.length === 0) continue;
    checked++;
    const found = svcb.flatMap((r) => validateRdata(r));
    const parserFound = doc.problems.filter((p) => p.code !== 'zone/missing-ttl');
    assert.ok(found.length + parserFound.length > 0, `${c.file} should be reported`);
  }
  assert.ok(checked >= 20, `only ${checked} cases checked`);
});

test('RFC 3597 generic data: the length must match the hex', () => {
  valid('@ TYPE65534 \\# 3 abcdef');
  valid('@ TYPE65534 \\# 0');
  valid('@ A \\# 4 c0000201');
  valid('@ TYPE65534 \\# 4 ( c000 0201 )');
  invalid('@ TYPE65534 \\# 4 abcdef', '4', /holds 3/);
  invalid('@ TYPE65534 \\# x abcdef', 'x', /length must be a number/);
  invalid('@ TYPE65534 \\# 2 abcz', 'z', /hex digit/);
  invalid('@ TYPE65534 \\# 2', '2', /no hex data/);
});

test('LOC is checked loosely', () => {
  valid('@ LOC 60 9 N 24 39 E 10 20 2000 20');
  valid('@ LOC 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m');
  valid('@ LOC 0 9 1 S 24 39 0.000 E 10.00m 90000000.00m 2000m 20m');
  invalid('@ LOC 91 0 0.0 N 0 7 39.611 W 0m', '91', /latitude degrees/);
  invalid('@ LOC 60 9 N 24 39 X 10', 'X', /followed by E or W/);
  invalid('@ LOC 60 9 N 24 39 E', 'E', /altitude/);
});

test('LOC positions may not pass the pole or the date line (RFC 1876 Appendix A)', () => {
  valid('@ LOC 90 0 0.000 N 180 0 0.000 W 0m');
  valid('@ LOC 89 59 59.999 S 179 59 59.999 E 0m');
  invalid('@ LOC 90 01 00.0 N 00 07 39.611 W 0m', '90 01 00.0 N', /latitude .* past the pole.*at most 90°/);
  invalid('@ LOC 90 0 0.001 S 0 0 0 E 0m', '90 0 0.001 S', /past the pole/);
  invalid('@ LOC 0 0 0.0 N 180 01 0.0 W 0m', '180 01 0.0 W', /longitude .* past the date line.*at most 180°/);
  invalid('@ LOC 0 N 180 1 E 0m', '180 1 E', /past the date line/);
});

test('the DRIP types HHIT and BRID are registered (RFC 9886)', () => {
  assert.equal(rrTypeByName('HHIT')?.code, 67);
  assert.equal(rrTypeByName('BRID')?.code, 68);
  const text = '$ORIGIN example.com.\n$TTL 3600\n@ HHIT gwppM2ZmOCAwMDAw\n@ BRID owAAAYIEUQEgAQA=\n';
  const doc = service.parse({ uri: 'file:///t/example.com.zone', text, languageId: 'dns-zone' })!;
  assert.deepEqual(doc.records.map((r) => r.type), ['HHIT', 'BRID']);
  assert.deepEqual(doc.problems.filter((p) => p.code === 'zone/unknown-type'), []);
});

test('types without a spec are not checked', () => {
  valid('@ NSEC host.example.com. A MX RRSIG NSEC TYPE1234');
});

test('no false alarms on the shared sample zones', () => {
  for (const name of ['example1.good', 'example3.good']) {
    const text = fs.readFileSync(path.join(SHARED_DATA, 'zonefiles', 'dnspython', name), 'utf8');
    const doc = service.parse({ uri: `file:///t/${name}`, text, languageId: 'dns-zone' })!;
    assert.ok(doc.records.length > 50);
    const found = doc.records.flatMap((r) => validateRdata(r).map((p) => `${r.type} ${text.slice(p.range.start, p.range.end)}`));
    // The dnspython sample deliberately holds a DNSKEY with protocol 255.
    assert.deepEqual(found, ['DNSKEY 255']);
  }
});

test('validation stays fast on long RDATA', () => {
  const start = Date.now();
  problems(`@ TXT ${'"x" '.repeat(5000)}`);
  problems(`@ TLSA 3 1 1 ${'ab'.repeat(30000)}`);
  problems(`@ HTTPS 1 . ${Array.from({ length: 2000 }, (_, i) => `key${i}=x`).join(' ')}`);
  assert.ok(Date.now() - start < 2000);
});
