/** CloudFormation templates (YAML and JSON): record sets found, owners, values, ranges; intrinsic functions opaque. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService, type ParsedDocument } from '../../server/src/service/index';

const ls = getLanguageService();

function parse(text: string, name = 'template.yaml'): ParsedDocument {
  const doc = ls.parse({ uri: `file:///w/${name}`, text });
  assert.ok(doc);
  assert.equal(doc.host, 'cloudformation');
  return doc;
}

const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

const YAML = `Parameters:
  Domain: {Type: String}
Resources:
  Group:
    Type: AWS::Route53::RecordSetGroup
    Properties:
      HostedZoneName: example.com.
      RecordSets:
        - Name: example.com
          Type: TXT
          TTL: '300'
          ResourceRecords:
            - '"v=spf1 mx" " -all"'
            - "\\"google-site-verification=x\\""
        - Name: example.com.
          Type: MX
          ResourceRecords: [10 mail.example.com.]
  Dmarc:
    Type: AWS::Route53::RecordSet
    Properties:
      HostedZoneName: example.com.
      Name: !Sub '_dmarc.\${Domain}.'
      Type: TXT
      ResourceRecords:
        - !Sub '"v=DMARC1; p=reject; rua=mailto:dmarc@\${Domain}"'
        - !Ref Other
        - !Join ['', ['"v=DMARC1; p=', !Ref Policy, '"']]
  Alias:
    Type: AWS::Route53::RecordSet
    Properties:
      Name: www.example.com.
      Type: A
      AliasTarget: {DNSName: x.example.net, HostedZoneId: Z1}
`;

test('YAML: record sets and groups, one record per ResourceRecords item', () => {
  const doc = parse(YAML);
  assert.deepEqual(
    doc.records.map((r) => [r.owner, r.type, r.value?.text ?? r.rdata.map((t) => t.raw).join(' ')]),
    [
      ['example.com.', 'TXT', 'v=spf1 mx -all'],
      ['example.com.', 'TXT', 'google-site-verification=x'],
      ['example.com.', 'MX', '10 mail.example.com.'],
      ['_dmarc.example.com.', 'TXT', 'v=DMARC1; p=reject; rua=mailto:dmarc@${Domain}'],
    ],
  );
  assert.equal(doc.zoneOrigin, 'example.com.');
  const spf = doc.records[0]!;
  assert.equal(spf.ttl, 300);
  assert.equal(spf.provider, 'route53');
  assert.equal(slice(YAML, spf.typeRange), 'TXT');
  assert.equal(slice(YAML, spf.ownerRange!), 'example.com');
  // Each DNS string maps to its characters inside the YAML string.
  assert.deepEqual(spf.rdata.map((t) => slice(YAML, t.range)), ['"v=spf1 mx"', '" -all"']);
  const v = spf.value!;
  const at = v.text.indexOf('-all');
  assert.equal(slice(YAML, v.map.toDocSpan(at, at + 4)), '-all');
});

test('YAML: !Sub interpolations are opaque, the rest is checked', () => {
  const doc = parse(YAML);
  const dmarc = doc.records[3]!;
  assert.equal(dmarc.opaque?.length, 1);
  assert.equal(slice(YAML, dmarc.opaque![0]!), '${Domain}');
  const diagnostics = ls.validate(doc);
  assert.ok(!diagnostics.some((d) => d.range.start >= dmarc.range.start && d.range.end <= dmarc.range.end && slice(YAML, d.range).includes('${')));
});

test('YAML: an escape in a double-quoted string stays whole', () => {
  const doc = parse(YAML);
  const g = doc.records[1]!;
  assert.deepEqual(g.rdata.map((t) => slice(YAML, t.range)), ['\\"google-site-verification=x\\"']);
  assert.equal(g.encodeValue?.('"', 0), '\\\\\\"');
});

const JSON_TEMPLATE = `{
  "Resources": {
    "Spf": {
      "Type": "AWS::Route53::RecordSet",
      "Properties": {
        "HostedZoneName": "example.com.",
        "Name": "example.com.",
        "Type": "TXT",
        "TTL": 300,
        "ResourceRecords": ["\\"v=spf1 ip4:192.0.2.1 \\u002dall\\"", {"Fn::Join": ["", ["\\"", {"Ref": "X"}, "\\""]]}]
      }
    }
  }
}`;

test('JSON: JSON escapes map back whole; Fn::Join is not checked', () => {
  const doc = parse(JSON_TEMPLATE, 'template.json');
  assert.equal(doc.records.length, 1);
  const r = doc.records[0]!;
  assert.equal(r.value!.text, 'v=spf1 ip4:192.0.2.1 -all');
  const at = r.value!.text.indexOf('-all');
  assert.equal(slice(JSON_TEMPLATE, r.value!.map.toDocSpan(at, at + 1)), '\\u002d');
  assert.equal(slice(JSON_TEMPLATE, r.value!.map.toDocSpan(at, at + 4)), '\\u002dall');
});

test('a YAML or JSON file without Route 53 record sets is not ours, whatever its size', () => {
  const big = 'items:\n' + '  - name: something\n    value: "v=spf1 looks like but is not a record"\n'.repeat(170000);
  assert.ok(big.length > 10_000_000);
  assert.equal(ls.hostFor({ uri: 'file:///w/big.yaml', text: big }), undefined);
  assert.equal(ls.parse({ uri: 'file:///w/big.yaml', text: big }), undefined);
  const json = '[' + '{"Type":"AWS::S3::Bucket","Value":"v=spf1"},'.repeat(240000) + '{}]';
  assert.ok(json.length > 10_000_000);
  assert.equal(ls.hostFor({ uri: 'file:///w/big.json', text: json }), undefined);
});

test('syntax errors outside record sets are not reported; inside they are', () => {
  const ok = parse('Resources:\n  A:\n    Type: AWS::Route53::RecordSet\n    Properties: {Name: a.example.com., Type: TXT, ResourceRecords: [\'"x"\']}\nOutputs: {x: [\n');
  assert.deepEqual(ok.problems, []);
  const bad = parse('Resources:\n  A:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      ResourceRecords: [\'"x"\'\n      Type: TXT\n');
  assert.equal(bad.problems[0]?.code, 'cloudformation/syntax');
});
