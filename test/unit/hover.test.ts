/** Hover in zone files: types, RDATA fields, TTLs, classes, owners and directives. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/service/index';

const service = getLanguageService();
const TEXT = [
  '$ORIGIN example.com.',
  '$TTL 1h',
  '@ IN SOA ns1 hostmaster ( 2024031502 1h 15m 1w 300 )',
  'mail 3600 IN MX 10 mx1',
  'www CH A 192.0.2.1',
  '_25._tcp.mail TLSA 3 1 1 abcd',
  '@ HTTPS 1 . alpn=h2',
  '@ DS 1 13 2 abcd',
  '',
].join('\n');
const doc = service.parse({ uri: 'file:///t/example.com.zone', text: TEXT, languageId: 'dns-zone' })!;

/** Hover at the first occurrence of `needle` (after `from`), offset `within` characters into it. */
function hoverAt(needle: string, from = 0, within = 0) {
  const at = TEXT.indexOf(needle, from);
  assert.ok(at >= 0, needle);
  const h = service.hover(doc, at + within);
  return h ? { ...h, text: TEXT.slice(h.range.start, h.range.end) } : undefined;
}

test('type token: summary, layout, fields and RFC link', () => {
  const h = hoverAt('MX')!;
  assert.equal(h.text, 'MX');
  assert.match(h.contents, /\*\*MX\*\*: Mail exchange/);
  assert.match(h.contents, /`MX preference exchange`/);
  assert.match(h.contents, /\[RFC 1035 §3\.3\.9\]\(https:\/\/www\.rfc-editor\.org\/rfc\/rfc1035#section-3\.3\.9\)/);
});

test('RDATA tokens: field description and computed facts', () => {
  const pref = hoverAt('10 mx1')!;
  assert.equal(pref.text, '10');
  assert.match(pref.contents, /MX preference/);
  const target = hoverAt('mx1')!;
  assert.match(target.contents, /Absolute: `mx1\.example\.com\.`/);
  const serial = hoverAt('2024031502')!;
  assert.match(serial.contents, /SOA serial/);
  assert.match(serial.contents, /2024-03-15, change 02/);
  const refresh = hoverAt('1h 15m')!;
  assert.equal(refresh.text, '1h');
  assert.match(refresh.contents, /3600 seconds \(1 hour\)/);
  const rname = hoverAt('hostmaster')!;
  assert.match(rname.contents, /Mailbox: `hostmaster@example\.com`/);
  const usage = hoverAt('3 1 1')!;
  assert.match(usage.contents, /DANE-EE/);
  const alpn = hoverAt('alpn=h2')!;
  assert.match(alpn.contents, /Application protocols/);
  const alg = hoverAt('13 2 abcd')!;
  assert.match(alg.contents, /ECDSAP256SHA256/);
});

test('TTL, class and owner', () => {
  const ttl = hoverAt('3600 IN')!;
  assert.equal(ttl.text, '3600');
  assert.match(ttl.contents, /3600 seconds \(1 hour\)/);
  const cls = hoverAt('CH')!;
  assert.equal(cls.text, 'CH');
  assert.match(cls.contents, /Chaos/);
  const owner = hoverAt('mail 3600')!;
  assert.equal(owner.text, 'mail');
  assert.match(owner.contents, /`mail\.example\.com\.`/);
});

test('directives', () => {
  const origin = hoverAt('$ORIGIN')!;
  assert.equal(origin.text, '$ORIGIN');
  assert.match(origin.contents, /relative names/i);
  const ttlArg = hoverAt('1h\n')!;
  assert.equal(ttlArg.text, '1h');
  assert.match(ttlArg.contents, /Default TTL.*1 hour/);
});

test('no hover on whitespace or comments', () => {
  const text = '$ORIGIN example.com.\n$TTL 300\n; just a comment\n@ A 192.0.2.1\n';
  const d = service.parse({ uri: 'file:///t/example.com.zone', text, languageId: 'dns-zone' })!;
  assert.equal(service.hover(d, text.indexOf('comment')), undefined);
});
