/** The DNSControl host: records of `D()` / `D_EXTEND()` calls, owners, values, ranges and builder synthesis. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService, type ParsedDocument, type RecordSite } from '../../server/src/service/index';
import { ROOT } from '../support/paths';

const ls = getLanguageService();
const URI = 'file:///w/dnsconfig.js';

function parse(text: string, uri = URI): ParsedDocument {
  const parsed = ls.parse({ uri, text });
  assert.ok(parsed, 'parsed');
  return parsed;
}

function span(text: string, record: RecordSite, value: string): string {
  const v = record.value!;
  const at = v.text.indexOf(value);
  assert.ok(at >= 0, `${value} in ${v.text}`);
  const r = v.map.toDocSpan(at, at + value.length);
  return text.slice(r.start, r.end);
}

test('dnsconfig.js is found by name; other JavaScript is not', () => {
  assert.equal(ls.hostFor({ uri: URI, text: '', languageId: 'javascript' })?.id, 'dnscontrol');
  assert.equal(ls.hostFor({ uri: 'file:///w/DNSConfig.js', text: '' })?.id, 'dnscontrol');
  assert.equal(ls.hostFor({ uri: 'file:///w/app.js', text: 'D("example.com")', languageId: 'javascript' }), undefined);
});

test('records, owners and types: relative labels, @, FQDN with a dot, D_EXTEND', () => {
  const text = [
    'D("Example.com", REG_NONE, DnsProvider(DSP),',
    '  A("@", "192.0.2.1"),',
    '  MX("@", 10, "mail"),',
    '  CNAME("www", "example.net."),',
    '  TXT("_dmarc", "v=DMARC1; p=reject"),',
    '  TXT("other.example.net.", "x"),',
    '  TLSA("_25._tcp.mail", 3, 1, 1, "abcdef"),',
    ');',
    'D_EXTEND("sub.example.com", TXT("@", "v=spf1 -all"), TXT("a", "b"));',
  ].join('\n');
  const doc = parse(text);
  assert.equal(doc.host, 'dnscontrol');
  assert.deepEqual(
    doc.records.map((r) => `${r.owner} ${r.type} ${r.rdata.map((t) => t.cs.value).join(' ')}`),
    [
      'example.com. A 192.0.2.1',
      'example.com. MX 10 mail',
      'www.example.com. CNAME example.net.',
      '_dmarc.example.com. TXT v=DMARC1; p=reject',
      'other.example.net. TXT x',
      '_25._tcp.mail.example.com. TLSA 3 1 1 abcdef',
      'sub.example.com. TXT v=spf1 -all',
      'a.sub.example.com. TXT b',
    ],
  );
  const mx = doc.records[1]!;
  assert.equal(mx.origin, 'example.com.');
  assert.equal(text.slice(mx.typeRange.start, mx.typeRange.end), 'MX');
  assert.equal(text.slice(mx.ownerRange!.start, mx.ownerRange!.end), '@');
  assert.equal(text.slice(mx.range.start, mx.range.end), 'MX("@", 10, "mail")');
  assert.equal(text.slice(mx.rdata[1]!.range.start, mx.rdata[1]!.range.end), 'mail');
});

test('TXT: a string is one value; an array is joined; TTL() is read; long values are split by DNSControl', () => {
  const key = 'A'.repeat(300);
  const text = `D("example.com", REG,\n  TXT("@", ["v=spf1 include:a.example", " -all"], TTL(300)),\n  TXT("k._domainkey", "v=DKIM1; p=${key}"),\nEND);`;
  const doc = parse(text);
  const [spf, dkim] = doc.records;
  assert.equal(spf!.value!.text, 'v=spf1 include:a.example -all');
  assert.equal(spf!.value!.strings.length, 2);
  assert.equal(spf!.ttl, 300);
  assert.equal(span(text, spf!, '-all'), '-all');
  assert.equal(dkim!.value!.strings.length, 1);
  const codes = ls.validate(doc).map((d) => d.code);
  assert.ok(!codes.includes('txt/string-too-long'), codes.join());
});

test('DMARC_BUILDER: the text DNSControl writes, each tag mapped to its property', () => {
  const text = [
    'D("example.com", REG,',
    '  DMARC_BUILDER({',
    '    label: "shop",',
    '    policy: "quarantine",',
    "    subdomainPolicy: 'none',",
    '    alignmentDKIM: "strict",',
    '    percent: 50,',
    '    rua: ["mailto:a@example.com", "https://r.example/x"],',
    '    ruf: ["mailto:f@example.com"],',
    '    failureOptions: { SPF: false, DKIM: true },',
    '    reportInterval: "1h",',
    '    ttl: 600,',
    '  }),',
    ');',
  ].join('\n');
  const doc = parse(text);
  const r = doc.records[0]!;
  assert.equal(r.owner, '_dmarc.shop.example.com.');
  assert.equal(r.ttl, 600);
  assert.equal(r.value!.text, 'v=DMARC1; p=quarantine; sp=none; adkim=s; pct=50; rua=mailto:a@example.com,https://r.example/x; ruf=mailto:f@example.com; fo=d; ri=3600');
  assert.equal(span(text, r, 'quarantine'), 'quarantine');
  assert.equal(span(text, r, 'none'), 'none');
  assert.equal(span(text, r, 'p=quarantine'), 'policy: "quarantine');
  assert.equal(span(text, r, 'adkim=s'), 'alignmentDKIM: "strict');
  assert.equal(span(text, r, 'https://r.example/x'), 'https://r.example/x');
  assert.equal(span(text, r, 'ri=3600'), 'reportInterval: "1h');
  assert.equal(text.slice(r.ownerRange!.start, r.ownerRange!.end), 'shop');
});

test('DMARC_BUILDER defaults: p=none points at the builder, and dmarc/p-none lands there', () => {
  const text = 'D("example.com", REG,\n  DMARC_BUILDER({ rua: ["mailto:d@example.com"] }),\n);';
  const doc = parse(text);
  const r = doc.records[0]!;
  assert.equal(r.owner, '_dmarc.example.com.');
  assert.equal(r.value!.text, 'v=DMARC1; p=none; rua=mailto:d@example.com');
  const pNone = ls.validate(doc).find((d) => d.code === 'dmarc/p-none');
  assert.ok(pNone);
  assert.equal(text.slice(pNone.range.start, pNone.range.end), 'DMARC_BUILDER');
});

test('SPF_BUILDER: parts joined with spaces; flattening is not guessed', () => {
  const text = [
    'D("example.com", REG,',
    '  SPF_BUILDER({ label: "@", parts: ["v=spf1", "include:_spf.example.net", // mail',
    '    "+all"] }),',
    '  SPF_BUILDER({ label: "flat", parts: ["v=spf1", "include:x.example", "-all"], flatten: ["x.example"] }),',
    ');',
  ].join('\n');
  const doc = parse(text);
  assert.equal(doc.records.length, 1);
  const r = doc.records[0]!;
  assert.equal(r.owner, 'example.com.');
  assert.equal(r.value!.text, 'v=spf1 include:_spf.example.net +all');
  const pass = ls.validate(doc).find((d) => d.code === 'spf/pass-all');
  assert.ok(pass);
  assert.equal(text.slice(pass.range.start, pass.range.end), '+all');
});

test('constants, shared record variables, suppression comments', () => {
  const text = [
    'var KEY = "v=spf1 " + "+all";',
    'var SPF = TXT("@", KEY);',
    'D("example.com", REG, SPF);',
    'D("example.org", REG,',
    '  // zonemail-disable-next-line spf/pass-all',
    '  TXT("@", KEY),',
    ');',
  ].join('\n');
  const doc = parse(text);
  assert.deepEqual(doc.records.map((r) => r.owner).sort(), ['example.com.', 'example.org.']);
  const fired = ls.validate(doc).filter((d) => d.code === 'spf/pass-all');
  assert.equal(fired.length, 1);
  assert.equal(text.slice(fired[0]!.range.start, fired[0]!.range.end), '+all');
});

test('a fix is re-escaped for the literal quote', () => {
  const text = "D('example.com', REG,\n  TXT('_dmarc', 'v=DMARC1; p=none; rua=mailto:d@example.com'),\n);";
  const doc = parse(text);
  const r = doc.records[0]!;
  assert.equal(r.encodeValue!("it's", 0), "it\\'s");
  const edit = r.rewriteValue!('v=DMARC1; p=reject');
  assert.equal(text.slice(edit!.range.start, edit!.range.end), "'v=DMARC1; p=none; rua=mailto:d@example.com'");
  assert.equal(edit!.newText, "'v=DMARC1; p=reject'");
});

test('no hover, completion or symbols outside record values; policy hover inside them', () => {
  const text = 'var x = 1;\nD("example.com", REG,\n  TXT("@", "v=spf1 include:_spf.example.net -all"),\n);';
  const doc = parse(text);
  assert.equal(ls.hover(doc, text.indexOf('var')), undefined);
  assert.equal(ls.hover(doc, text.indexOf('TXT')), undefined);
  assert.deepEqual(ls.complete(doc, text.indexOf('REG')), []);
  assert.deepEqual(ls.symbols(doc), []);
  const h = ls.hover(doc, text.indexOf('include') + 2);
  assert.ok(h && /include/i.test(h.contents), h?.contents);
  assert.ok(ls.complete(doc, text.indexOf('-all')).length > 0);
});

test('the DNSControl snippets, with their defaults, are records with no error', () => {
  const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'dnscontrol.json'), 'utf8')) as Record<string, { body: string[] }>;
  for (const [name, s] of Object.entries(snippets)) {
    // `${1:default}` → default, `${1|a,b|}` → a.
    const body = s.body.join('\n').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1');
    const doc = parse(`D("example.com", REG_NONE, DnsProvider(DSP_NONE),\n${body}\nEND);\n`);
    assert.equal(doc.records.length, 1, name);
    const errors = ls.validate(doc).filter((d) => d.severity === 'error' && !d.code.startsWith('dkim/'));
    assert.deepEqual(errors.map((d) => d.code), [], name);
  }
});
