/** The Terraform host: records per resource type, owners and zones, values, ranges, suppression. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService, type ParsedDocument, type RecordSite } from '../../server/src/service/index';

const ls = getLanguageService();

function parse(text: string, uri = 'file:///w/dns.tf'): ParsedDocument {
  const doc = ls.parse({ uri, text });
  assert.ok(doc && doc.host === 'terraform');
  return doc;
}

const slice = (text: string, r: { start: number; end: number } | undefined) => (r ? text.slice(r.start, r.end) : undefined);

test('detection: .tf and .tofu by name, terraform language ids; not .tf.json', () => {
  assert.equal(ls.hostFor({ uri: 'file:///a/main.tf', text: '' })?.id, 'terraform');
  assert.equal(ls.hostFor({ uri: 'file:///a/main.tofu', text: '' })?.id, 'terraform');
  assert.equal(ls.hostFor({ uri: 'untitled:1', text: '', languageId: 'terraform' })?.id, 'terraform');
  assert.notEqual(ls.hostFor({ uri: 'file:///a/main.tf.json', text: '' })?.id, 'terraform');
});

test('the probe: a file without record resources has no records and no problems', () => {
  const doc = parse('variable "x" {\n  default = "unclosed\n}\n');
  assert.deepEqual(doc.records, []);
  assert.deepEqual(doc.problems, []);
});

test('Route 53: one record per item, owner relative to the zone, `\\"\\"` splits, ranges', () => {
  const text = [
    'resource "aws_route53_zone" "main" {',
    '  name = "Example.com."',
    '}',
    'resource "aws_route53_record" "txt" {',
    '  zone_id = aws_route53_zone.main.zone_id',
    '  name    = "_dmarc"',
    '  type    = "txt"',
    '  ttl     = 300',
    '  records = ["v=DMARC1; p=reject", "v=spf1 \\"\\"-all"]',
    '}',
    'resource "aws_route53_record" "mx" {',
    '  zone_id = aws_route53_zone.main.zone_id',
    '  name    = "example.com"',
    '  type    = "MX"',
    '  records = ["10 mail.example.com"]',
    '}',
  ].join('\n');
  const doc = parse(text);
  assert.equal(doc.zoneOrigin, 'example.com.');
  const [a, b, mx] = doc.records as RecordSite[];
  assert.equal(a!.owner, '_dmarc.example.com.');
  assert.equal(a!.type, 'TXT');
  assert.equal(slice(text, a!.typeRange), 'txt');
  assert.equal(slice(text, a!.ownerRange), '_dmarc');
  assert.equal(a!.ttl, 300);
  assert.equal(a!.provider, 'route53');
  assert.equal(a!.value!.text, 'v=DMARC1; p=reject');
  assert.deepEqual(b!.value!.strings.map((s) => s.value), ['v=spf1 ', '-all']);
  const at = b!.value!.text.indexOf('-all');
  assert.equal(slice(text, b!.value!.map.toDocSpan(at, at + 4)), '-all');
  assert.equal(mx!.owner, 'example.com.');
  assert.deepEqual(mx!.rdata.map((t) => t.raw), ['10', 'mail.example.com']);
});

test('Cloudflare 4 and 5: content or value, priority, data blocks and objects, quoted content', () => {
  const text = [
    'resource "cloudflare_zone" "z" {',
    '  zone = "example.org"',
    '}',
    'resource "cloudflare_record" "mx" {',
    '  zone_id  = cloudflare_zone.z.id',
    '  name     = "@"',
    '  type     = "MX"',
    '  value    = "mail.example.org"',
    '  priority = 10',
    '}',
    'resource "cloudflare_dns_record" "tlsa" {',
    '  zone_id = cloudflare_zone.z.id',
    '  name    = "_25._tcp.mail"',
    '  type    = "TLSA"',
    '  ttl     = 1',
    '  data = { usage = 3, selector = 1, matching_type = 1, certificate = "abcd" }',
    '}',
    'resource "cloudflare_record" "q" {',
    '  zone_id = cloudflare_zone.z.id',
    '  name    = "q.example.org"',
    '  type    = "TXT"',
    '  content = "\\"v=spf1 \\" \\"-all\\""',
    '}',
  ].join('\n');
  const [mx, tlsa, q] = parse(text).records;
  assert.equal(mx!.owner, 'example.org.');
  assert.deepEqual(mx!.rdata.map((t) => t.raw), ['10', 'mail.example.org']);
  assert.equal(tlsa!.owner, '_25._tcp.mail.example.org.');
  assert.deepEqual(tlsa!.rdata.map((t) => t.raw), ['3', '1', '1', 'abcd']);
  assert.equal(q!.owner, 'q.example.org.');
  assert.equal(q!.value!.text, 'v=spf1 -all');
});

test('Google and Azure: rrdatas in presentation format, record blocks, managed_zone and zone_name', () => {
  const text = [
    'resource "google_dns_managed_zone" "corp" {',
    '  name     = "corp"',
    '  dns_name = "corp.example."',
    '}',
    'resource "google_dns_record_set" "spf" {',
    '  managed_zone = google_dns_managed_zone.corp.name',
    '  name         = "corp.example."',
    '  type         = "TXT"',
    '  rrdatas      = ["\\"v=spf1 mx -all\\""]',
    '}',
    'resource "azurerm_dns_txt_record" "dkim" {',
    '  name      = "sel._domainkey"',
    '  zone_name = "example.net"',
    '  record {',
    '    value = <<-EOT',
    '      v=DKIM1; p=',
    '      EOT',
    '  }',
    '}',
    'resource "azurerm_dns_mx_record" "mx" {',
    '  name      = "@"',
    '  zone_name = "example.net"',
    '  record {',
    '    preference = 10',
    '    exchange   = "mail.example.net"',
    '  }',
    '}',
  ].join('\n');
  const doc = parse(text);
  const [g, dkim, mx] = doc.records;
  assert.equal(doc.zoneOrigin, undefined, 'two zones: no single zone origin');
  assert.equal(g!.owner, 'corp.example.');
  assert.equal(g!.value!.text, 'v=spf1 mx -all');
  const at = g!.value!.text.indexOf('mx');
  assert.equal(slice(text, g!.value!.map.toDocSpan(at, at + 2)), 'mx');
  assert.equal(dkim!.owner, 'sel._domainkey.example.net.');
  assert.equal(dkim!.value!.text, 'v=DKIM1; p=\n');
  assert.equal(mx!.owner, 'example.net.');
  assert.deepEqual(mx!.rdata.map((t) => t.raw), ['10', 'mail.example.net']);
});

test('suppression comments before the resource or the attribute; interpolations are opaque', () => {
  const text = [
    '# zonemail-disable-next-line spf/pass-all',
    'resource "aws_route53_record" "a" {',
    '  name    = "a.example.com"',
    '  type    = "TXT"',
    '  records = ["v=spf1 +all"]',
    '}',
    'resource "aws_route53_record" "b" {',
    '  name    = "b.example.com"',
    '  type    = "TXT"',
    '  // zonemail-disable-next-line',
    '  records = ["v=spf1 +all"]',
    '}',
    'resource "aws_route53_record" "c" {',
    '  name    = "c.example.com"',
    '  type    = "TXT"',
    '  records = ["v=spf1 include:${var.x} +all"]',
    '}',
  ].join('\n');
  const doc = parse(text);
  assert.ok(doc.records[0]!.suppressed?.has('spf/pass-all'));
  assert.ok(doc.records[1]!.suppressed?.has('*'));
  assert.ok(doc.records[2]!.opaque && doc.records[2]!.opaque.length === 1);
  const codes = ls.validate(doc).map((d) => `${d.code}@${doc.records.findIndex((r) => d.range.start >= r.range.start && d.range.end <= r.range.end)}`);
  assert.deepEqual(codes.filter((c) => c.startsWith('spf/pass-all')), ['spf/pass-all@2']);
});

test('fixes stay valid HCL: value edits are re-escaped for the HCL string', () => {
  const text = 'resource "cloudflare_record" "x" {\n  name    = "x.example.com"\n  type    = "TXT"\n  content = "v=spf 1 mx -all"\n}\n';
  const doc = parse(text);
  const d = ls.validate(doc).find((x) => x.code === 'policy/near-miss');
  assert.ok(d?.fixes?.[0]);
  const e = d.fixes[0].edits[0]!;
  const after = text.slice(0, e.range.start) + e.newText + text.slice(e.range.end);
  assert.match(after, /content = "v=spf1 mx -all"/);
});
