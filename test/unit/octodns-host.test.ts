/** octoDNS zone files: records found by name, `\;` escaping, chunking, ranges. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService, type ParsedDocument } from '../../server/src/service/index';

const ls = getLanguageService();
const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

function parse(text: string, uri = 'file:///w/config/example.com.yaml'): ParsedDocument {
  const doc = ls.parse({ uri, text });
  assert.ok(doc);
  assert.equal(doc.host, 'octodns');
  return doc;
}

const ZONE = `---
'':
  - type: TXT
    values:
      - v=spf1 mx -all
      - "google\\x2dsite=1"
  - type: A
    value: 192.0.2.1
_dmarc:
  type: TXT
  ttl: 600
  value: v=DMARC1\\; p=reject\\; rua=mailto:d@example.com
www:
  type: CNAME
  value: example.com.
`;

test('records, owners from the keys and the zone from the file name', () => {
  const doc = parse(ZONE);
  assert.deepEqual(
    doc.records.map((r) => [r.owner, r.type, r.value?.text ?? r.rdata.map((t) => t.raw).join(' ')]),
    [
      ['example.com.', 'TXT', 'v=spf1 mx -all'],
      ['example.com.', 'TXT', 'google-site=1'],
      ['example.com.', 'A', '192.0.2.1'],
      ['_dmarc.example.com.', 'TXT', 'v=DMARC1; p=reject; rua=mailto:d@example.com'],
      ['www.example.com.', 'CNAME', 'example.com.'],
    ],
  );
  assert.equal(doc.zoneOrigin, 'example.com.');
  assert.equal(doc.records[3]!.ttl, 600);
});

test('`\\;` is one atomic piece; YAML escapes compose with it', () => {
  const doc = parse(ZONE);
  const dmarc = doc.records[3]!;
  const v = dmarc.value!;
  const semi = v.text.indexOf(';');
  assert.equal(slice(ZONE, v.map.toDocSpan(semi, semi + 1)), '\\;');
  const p = v.text.indexOf('p=reject');
  assert.equal(slice(ZONE, v.map.toDocSpan(p, p + 8)), 'p=reject');
  assert.equal(dmarc.encodeValue?.('; x', 0), '\\; x');
  const g = doc.records[1]!.value!;
  assert.equal(slice(ZONE, g.map.toDocSpan(6, 7)), '\\x2d');
});

test('long values are split into 255-octet strings, as octoDNS does', () => {
  const key = 'A'.repeat(600);
  const text = `sel._domainkey:\n  type: TXT\n  value: v=DKIM1\\; p=${key}\n`;
  const doc = parse(text);
  const r = doc.records[0]!;
  assert.deepEqual(r.value!.strings.map((s) => s.octets), [255, 255, 101]);
  assert.equal(r.value!.text, `v=DKIM1; p=${key}`);
  assert.ok(!ls.validate(doc).some((d) => d.code === 'txt/string-too-long'));
});

test('pre-chunked values (`"a" "b"`) are read the way octoDNS reads them', () => {
  const text = `x:\n  type: TXT\n  value: '"v=spf1 mx" " -all"'\n`;
  const r = parse(text).records[0]!;
  assert.equal(r.value!.text, 'v=spf1 mx -all');
});

test('only YAML files named after a zone, with records, are octoDNS zones', () => {
  assert.equal(ls.hostFor({ uri: 'file:///w/config/production.yaml', text: ZONE })?.id, undefined);
  assert.equal(ls.hostFor({ uri: 'file:///w/example.com.yml', text: 'a: b\n' }), undefined);
  assert.equal(ls.hostFor({ uri: 'file:///w/example.com.yml', text: ZONE })?.id, 'octodns');
});
