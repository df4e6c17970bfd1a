/** The Pulumi host: DNS record resources of the AWS, Cloudflare, Google and Azure packages. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService, type ParsedDocument, type RecordSite } from '../../server/src/service/index';

const ls = getLanguageService();
const URI = 'file:///w/index.ts';

function parse(text: string, uri = URI): ParsedDocument {
  const parsed = ls.parse({ uri, text });
  assert.ok(parsed, 'parsed');
  assert.equal(parsed.host, 'pulumi');
  return parsed;
}

function span(text: string, record: RecordSite, value: string): string {
  const v = record.value!;
  const at = v.text.indexOf(value);
  assert.ok(at >= 0, `${value} in ${v.text}`);
  const r = v.map.toDocSpan(at, at + value.length);
  return text.slice(r.start, r.end);
}

test('found by a Pulumi import; other scripts are not read', () => {
  assert.equal(ls.hostFor({ uri: URI, text: 'import * as aws from "@pulumi/aws";', languageId: 'typescript' })?.id, 'pulumi');
  assert.equal(ls.hostFor({ uri: 'file:///w/app.ts', text: 'import x from "express";', languageId: 'typescript' }), undefined);
  assert.equal(ls.hostFor({ uri: 'file:///w/types.d.ts', text: 'import "@pulumi/aws";' }), undefined);
});

test('Route 53: each records item is a record; TXT items are raw text split with ""; zone from the Zone resource', () => {
  const text = [
    'import * as aws from "@pulumi/aws";',
    'const zone = new aws.route53.Zone("main", { name: "example.com" });',
    'new aws.route53.Record("spf", {',
    '  zoneId: zone.zoneId,',
    '  name: "@",',
    '  type: aws.route53.RecordType.TXT,',
    '  ttl: 300,',
    '  records: ["v=spf1 include:a.example \\"\\"-all", \'google-site-verification=x\'],',
    '});',
    'new aws.route53.Record("mx", { zoneId: zone.zoneId, name: "example.com", type: "MX", records: ["10 mail.example.com."] });',
  ].join('\n');
  const doc = parse(text);
  assert.equal(doc.zoneOrigin, 'example.com.');
  assert.deepEqual(doc.records.map((r) => `${r.owner} ${r.type} ${r.provider} ${r.rdata.map((t) => t.cs.value).join('|')}`), [
    'example.com. TXT route53 v=spf1 include:a.example |-all',
    'example.com. TXT route53 google-site-verification=x',
    'example.com. MX route53 10|mail.example.com.',
  ]);
  const spf = doc.records[0]!;
  assert.equal(spf.ttl, 300);
  assert.equal(span(text, spf, '-all'), '-all');
  assert.equal(text.slice(spf.typeRange.start, spf.typeRange.end), 'aws.route53.RecordType.TXT');
  const edit = spf.rewriteValue!('v=spf1 -all');
  assert.equal(edit!.newText, '"v=spf1 -all"');
});

test('Route 53 long strings: txt/string-too-long with the provider split as fix', () => {
  const key = 'A'.repeat(300);
  const text = `import * as aws from "@pulumi/aws";\nnew aws.route53.Record("dkim", { zoneId: "Z1", name: "s._domainkey.example.com", type: "TXT", records: ['v=DKIM1; p=${key}'] });\n`;
  const doc = parse(text);
  const d = ls.validate(doc).find((x) => x.code === 'txt/string-too-long');
  assert.ok(d);
  const fix = d.fixes![0]!.edits[0]!;
  assert.ok(fix.newText.startsWith("'v=DKIM1; ") && fix.newText.includes('""'), fix.newText);
});

test('Cloudflare: raw content (the provider splits), quoted content read as zone text; template interpolations opaque', () => {
  const text = [
    'import * as cloudflare from "@pulumi/cloudflare";',
    'const zone = new cloudflare.Zone("z", { zone: "example.org" });',
    'new cloudflare.Record("a", { zoneId: zone.id, name: "_dmarc", type: "TXT", content: `v=DMARC1; p=none; rua=mailto:${mailbox}` });',
    'new cloudflare.DnsRecord("b", { zoneId: zone.id, name: "@", type: "TXT", content: "\\"v=spf1 \\" \\"+all\\"" });',
    'new cloudflare.Record("c", { zoneId: zone.id, name: "@", type: "MX", priority: 10, value: "mail.example.org" });',
  ].join('\n');
  const doc = parse(text);
  assert.deepEqual(doc.records.map((r) => `${r.owner} ${r.type} ${r.value?.text ?? r.rdata.map((t) => t.cs.value).join(' ')}`), [
    '_dmarc.example.org. TXT v=DMARC1; p=none; rua=mailto:${mailbox}',
    'example.org. TXT v=spf1 +all',
    'example.org. MX 10 mail.example.org',
  ]);
  assert.equal(doc.records[0]!.opaque?.length, 1);
  const codes = ls.validate(doc).map((d) => d.code);
  assert.ok(codes.includes('dmarc/p-none'));
  assert.ok(codes.includes('spf/pass-all'));
});

test('Google rrdatas (zone text, names with a dot) and Azure TXT records', () => {
  const text = [
    'import * as gcp from "@pulumi/gcp";',
    'import * as azure from "@pulumi/azure";',
    'import * as native from "@pulumi/azure-native";',
    'const z = new gcp.dns.ManagedZone("z", { name: "ex", dnsName: "example.net." });',
    'new gcp.dns.RecordSet("d", { managedZone: z.name, name: "_dmarc.example.net.", type: "TXT", rrdatas: ["\\"v=DMARC1; p=reject\\""] });',
    'new azure.dns.TxtRecord("t", { zoneName: "example.io", resourceGroupName: "rg", name: "@", ttl: 300, records: [{ value: "v=spf1 -all" }] });',
    'new native.network.RecordSet("n", { zoneName: "example.io", resourceGroupName: "rg", relativeRecordSetName: "_dmarc", recordType: "TXT", txtRecords: [{ value: ["v=DMARC1; ", "p=reject"] }] });',
  ].join('\n');
  const doc = parse(text);
  assert.deepEqual(doc.records.map((r) => `${r.owner} ${r.provider} ${r.value!.text}`), [
    '_dmarc.example.net. google v=DMARC1; p=reject',
    'example.io. azure v=spf1 -all',
    '_dmarc.example.io. azure v=DMARC1; p=reject',
  ]);
  assert.equal(span(text, doc.records[0]!, 'reject'), 'reject');
});

test('JavaScript with require(), named imports, and no records outside resources', () => {
  const text = 'const { route53 } = require("@pulumi/aws");\nconst spf = "v=spf1 ?all";\nnew route53.Record("r", { zoneId: "Z", name: "example.com", type: "TXT", records: [spf] });\nconst other = { type: "TXT", records: ["v=spf1 +all"] };\n';
  const doc = parse(text, 'file:///w/index.js');
  assert.equal(doc.records.length, 1);
  assert.equal(doc.records[0]!.value!.text, 'v=spf1 ?all');
});

test('features stay inside record values', () => {
  const text = 'import * as aws from "@pulumi/aws";\nnew aws.route53.Record("r", { zoneId: "Z", name: "example.com", type: "TXT", records: ["v=spf1 include:_spf.example.net -all"] });\n';
  const doc = parse(text);
  assert.equal(ls.hover(doc, text.indexOf('zoneId')), undefined);
  assert.deepEqual(ls.complete(doc, text.indexOf('import')), []);
  assert.deepEqual(ls.symbols(doc), []);
  assert.ok(ls.hover(doc, text.indexOf('include') + 1));
  const items = ls.complete(doc, text.indexOf(' -all'));
  assert.ok(items.length > 0);
});
