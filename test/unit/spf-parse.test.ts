/** The SPF parser (RFC 7208 §4.6, §5–§7, §12): terms, offsets, problems, macros; lookup counting; the split helper. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseIp4, parseIp6, parseSpf, shapeOf, targetName, type Mechanism, type Modifier } from '../../server/src/service/policies/spf/parse';
import { coverage, formatIp6, hostBitsSet, networkOf } from '../../server/src/service/policies/spf/addresses';
import { splitAtTerms, spfSplitFix } from '../../server/src/service/policies/spf/edits';
import { getLanguageService } from '../../server/src/service/index';
import { countLookups, lookupIn, NOWHERE } from '../../server/src/service/policies/spf/lookups';
import { spfOf } from '../../server/src/service/policies/spf/parse';

const kinds = (text: string) => parseSpf(text).problems.map((p) => `${p.kind}:${text.slice(p.start, p.end)}`);

test('terms carry value offsets, qualifiers and arguments', () => {
  const text = 'v=spf1 -ip4:192.0.2.0/24 mx:mail.example.com/28//64 ~all redirect=_spf.example.com';
  const spf = parseSpf(text);
  assert.deepEqual(spf.problems, []);
  assert.equal(spf.terms.length, 4);
  const ip4 = spf.terms[0] as Mechanism;
  assert.equal(ip4.name, 'ip4');
  assert.equal(ip4.qualifier, '-');
  assert.equal(text.slice(ip4.start, ip4.end), '-ip4:192.0.2.0/24');
  assert.equal(text.slice(ip4.address!.start, ip4.address!.end), '192.0.2.0');
  assert.equal(ip4.cidr4!.value, 24);
  const mx = spf.terms[1] as Mechanism;
  assert.equal(mx.domain!.text, 'mail.example.com');
  assert.deepEqual([mx.cidr4!.value, mx.cidr6!.value], [28, 64]);
  assert.equal(text.slice(mx.cidr6!.start, mx.cidr6!.end), '//64');
  const redirect = spf.terms[3] as Modifier;
  assert.equal(redirect.known, 'redirect');
  assert.equal(targetName(redirect.value), '_spf.example.com.');
  assert.equal(shapeOf(spf).all?.text, '~all');
});

test('names are case-insensitive; spaces may repeat and trail', () => {
  assert.deepEqual(kinds('V=SPF1   IP4:192.0.2.1  MX  -ALL  '), []);
  const spf = parseSpf('v=spf1 IP4:192.0.2.1 -ALL');
  assert.equal((spf.terms[1] as Mechanism).name, 'all');
});

test('every mechanism form RFC 7208 allows parses cleanly', () => {
  for (const record of [
    'v=spf1 a a:example.com a/24 a//64 a/24//64 a:example.com/24//64 a:example.com. a/0',
    'v=spf1 mx mx:example.com mx/30 ptr ptr:example.com exists:%{i}.example.com include:_spf.example.com',
    'v=spf1 ip4:0.0.0.0/0 ip4:255.255.255.255/32 ip6:::/0 ip6:::1 ip6:2001:db8::/32 ip6:::ffff:192.0.2.1/128 ip6:2001:DB8:0:0:0:0:0:1',
    'v=spf1 -all exp=explain.%{d} unknown-mod=anything%%here foo.bar_baz=',
    'v=spf1 a:123.example.com a:example.x1 a:xn--bcher-kva.example a:a-b.c-d',
  ]) {
    assert.deepEqual(kinds(record), [], record);
  }
});

test('unknown terms, qualifiers on modifiers, arguments to all', () => {
  assert.deepEqual(kinds('v=spf1 foo -redirect=x.example.com all:x - a.b.c'), [
    'unknown-term:foo',
    'unknown-term:-redirect=x.example.com',
    'unknown-term:all:x',
    'unknown-term:-',
    'unknown-term:a.b.c',
  ]);
  assert.deepEqual(kinds('v=spf1 ptr/24 include'), ['unknown-term:ptr/24', 'bad-domain:include']);
});

test('a mechanism written as a modifier is a modifier that remembers the mechanism', () => {
  const spf = parseSpf('v=spf1 include=_spf.example.com ip4=192.0.2.1');
  assert.deepEqual(spf.problems, []);
  assert.deepEqual(spf.terms.map((t) => (t as Modifier).asMechanism), ['include', 'ip4']);
});

test('ip4 and ip6 addresses and prefix lengths', () => {
  assert.deepEqual(kinds('v=spf1 ip4:192.0.2.256 ip4:01.2.3.4 ip4:1.2.3 ip6:1::2::3 ip6:12345:: ip4:1.2.3.4/33 ip6:::/129 ip4:1.2.3.4/024 ip4:1.2.3.4/'), [
    'bad-address:192.0.2.256',
    'bad-address:01.2.3.4',
    'bad-address:1.2.3',
    'bad-address:1::2::3',
    'bad-address:12345::',
    'bad-cidr:/33',
    'bad-cidr:/129',
    'bad-cidr:/024',
    'bad-cidr:/',
  ]);
  assert.deepEqual(parseIp4('192.0.2.1'), [192, 0, 2, 1]);
  assert.deepEqual(parseIp6('::ffff:192.0.2.1')?.slice(10), [0xff, 0xff, 192, 0, 2, 1]);
  assert.equal(parseIp6('1:2:3:4:5:6:7:8:9'), undefined);
  assert.equal(parseIp6(':1:2:3:4:5:6:7'), undefined);
  assert.equal(formatIp6(parseIp6('2001:0db8:0000:0000:0000:0000:0000:0001')!), '2001:db8::1');
});

test('host bits, networks and coverage', () => {
  assert.ok(hostBitsSet([192, 0, 2, 1], 24));
  assert.ok(!hostBitsSet([192, 0, 2, 0], 24));
  assert.deepEqual(networkOf([192, 0, 2, 130], 25), [192, 0, 2, 128]);
  assert.equal(coverage(4, 24), '256 addresses');
  assert.equal(coverage(4, 32), 'one address');
  assert.equal(coverage(6, 64), '2^64 addresses');
});

test('domain-spec: top label rules (RFC 7208 §7.1)', () => {
  assert.deepEqual(kinds('v=spf1 include:192.0.2.1 a:localhost mx: exists:foo.-bar a:example.com.. a:%{d}foo redirect='), [
    'bad-domain:192.0.2.1',
    'bad-domain:localhost',
    'bad-domain:mx:',
    'bad-domain:foo.-bar',
    'bad-domain:example.com..',
    'bad-domain:%{d}foo',
    'bad-domain:redirect=',
  ]);
  // Ends in a macro: no top label needed.
  assert.deepEqual(kinds('v=spf1 a:%{d} exists:%{i}.%{d2} include:foo.%{o}'), []);
  // A single trailing dot is allowed.
  assert.deepEqual(kinds('v=spf1 a:mail.example.com.'), []);
});

test('macros: letters, transformers, delimiters, escapes (RFC 7208 §7)', () => {
  const ok = 'v=spf1 exists:%{s}%{l}%{o}%{d}%{i}%{p}%{h}%{v}.x.example.com exists:%{ir}.%{l1r-}.%{d2}.%{S}.%{I}%{d128r.-+,/_=}.x.example.com a:a%%b%_c%-d.example.com';
  assert.deepEqual(kinds(ok), []);
  const spec = (parseSpf('v=spf1 exists:%{l2r+-}.x.example.com').terms[0] as Mechanism).domain!;
  assert.deepEqual(spec.macros.map((m) => [m.letter, m.digits, m.reverse, m.delimiters]), [['l', 2, true, '+-']]);
  assert.deepEqual(kinds('v=spf1 exists:%{z}.a.com exists:%(i).a.com exists:%{i0}.a.com exists:%{ix}.a.com exists:%{}.a.com'), [
    'bad-macro:%{z}',
    'bad-macro:%(',
    'bad-macro:%{i0}',
    'bad-macro:%{ix}',
    'bad-macro:%{}',
  ]);
  assert.deepEqual(kinds('v=spf1 exists:%{i.a.com'), ['bad-macro:%{i.a.com']);
  assert.deepEqual(kinds('v=spf1 a:foo%.a.com a:foo%'), ['bad-macro:%.', 'bad-macro:%']);
  // c, r, t only in explanation text, not even in exp=.
  assert.deepEqual(kinds('v=spf1 -all exp=%{r}.a.com exists:%{C}.a.com a:%{t}.a.com'), ['exp-only-macro:%{r}', 'exp-only-macro:%{C}', 'exp-only-macro:%{t}']);
  // Unknown modifiers hold macro-strings: their macros are checked too.
  assert.deepEqual(kinds('v=spf1 foo=%{q}'), ['bad-macro:%{q}']);
});

test('tabs separate terms leniently but are reported', () => {
  const spf = parseSpf('v=spf1\tmx\t-all');
  assert.equal(spf.terms.length, 2);
  assert.deepEqual(spf.problems.map((p) => p.kind), ['tab', 'tab']);
});

test('the parser never throws on arbitrary text', () => {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const alphabet = 'v=spf1 :/%{}.-+~?aimxptr46ce0129_,="\\\t\u00e9';
  for (let n = 0; n < 2000; n++) {
    let s = 'v=spf1 ';
    const len = Math.floor(rnd() * 40);
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    const spf = parseSpf(s);
    for (const t of spf.terms) assert.ok(t.start >= 0 && t.end <= s.length && t.start < t.end);
    for (const p of spf.problems) assert.ok(p.start >= 0 && p.end <= s.length && p.start <= p.end, s);
  }
});

test('splitting at term boundaries keeps every string within 255 octets and ends strings at spaces', () => {
  const value = 'v=spf1 ' + Array.from({ length: 40 }, (_, i) => `ip4:198.51.100.${i + 1}`).join(' ') + ' -all';
  const chunks = splitAtTerms(value);
  assert.ok(chunks.length >= 3);
  assert.equal(chunks.join(''), value);
  for (const c of chunks.slice(0, -1)) {
    assert.ok(c.length <= 255);
    assert.ok(c.endsWith(' '), JSON.stringify(c));
  }
  const service = getLanguageService();
  const text = `$ORIGIN example.com.\n@ IN TXT "${value}"\n`;
  const doc = service.parse({ uri: 'file:///t/s.zone', text, languageId: 'dns-zone' })!;
  const fix = spfSplitFix(doc.records[0]!)!;
  assert.ok(fix);
  const edit = fix.edits[0]!;
  const after = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
  const doc2 = service.parse({ uri: 'file:///t/s.zone', text: after, languageId: 'dns-zone' })!;
  assert.equal(doc2.records[0]!.value!.text, value);
  assert.ok(doc2.records[0]!.value!.strings.every((s) => s.octets <= 255));
});

test('lookup counting follows includes and redirects in the records at hand', () => {
  const service = getLanguageService();
  const text = [
    '$ORIGIN example.com.',
    '@ IN TXT "v=spf1 a mx include:_spf.example.com include:other.example.net -all"',
    '_spf IN TXT "v=spf1 a:x.example.com redirect=_spf2.example.com"',
    '_spf2 IN TXT "v=spf1 mx:y.example.com ptr -all exists:%{i}.z.example.com"',
    '',
  ].join('\n');
  const doc = service.parse({ uri: 'file:///t/l.zone', text, languageId: 'dns-zone' })!;
  const apex = doc.records[0]!;
  const count = countLookups(apex, spfOf(apex)!, { local: lookupIn(doc.records), related: NOWHERE });
  // a, mx, include(1 + a + redirect(1 + mx + ptr)) = 2 + 5, other.example.net 1 (not followed).
  assert.equal(count.total, 8);
  assert.equal(count.complete, false);
  assert.deepEqual(count.unresolved, ['other.example.net']);
  assert.deepEqual(count.items.map((i) => i.cost), [1, 1, 5, 1]);
});
