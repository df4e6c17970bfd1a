/**
 * Findings of the fuzzer and of the linear-time tests, kept as plain regression tests: each
 * input once crashed a parser, made a fix whose edits overlap, or took time quadratic in its size.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/service/index';
import { cloudFormationHost } from '../../server/src/service/hosts/yaml-json/hosts';
import { parseJsonTree, tooDeepAt } from '../../server/src/service/hosts/yaml-json/json-tree';
import { applyEdits, checkDocument } from './targets';

const service = getLanguageService();

test('regression: a YAML scalar decoded only as a whole gets fixes that rewrite it, never overlapping edits', () => {
  // The single-quoted scalar breaks across a line, so it is decoded as one coarse piece; its two
  // DNS strings then map to the same document text.
  const text = `Resources:
  Dkim:
    Type: AWS::Route53::RecordSet
    Properties:
      Name: sel1._domainkey.example.com.
      Type: TXT
      ResourceRecords:
        - '"v=DKIM1; k=rsa" "p=M
      ResourceRecordIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu"'
`;
  const doc = cloudFormationHost.parse({ uri: 'file:///r/dns.yaml', text }, undefined);
  const diagnostics = service.validate(doc);
  const fixes = diagnostics.flatMap((d) => (d.fixes ?? []).map((f) => ({ code: d.code, fix: f })));
  assert.ok(fixes.some((f) => f.code === 'dkim/unknown-key-type'));
  for (const { code, fix } of fixes) {
    const fixed = applyEdits(text, fix.edits, `${code} ${fix.title}`);
    assert.ok(cloudFormationHost.parse({ uri: 'file:///r/dns.yaml', text: fixed }, undefined));
    // The insertion of `; ` never lands before the opening quote, outside the YAML string.
    for (const e of fix.edits) assert.ok(!(e.range.start === e.range.end && text[e.range.start] === "'"), `${code}: edit at the quote`);
  }
  checkDocument(cloudFormationHost, { uri: 'file:///r/dns.yaml', text });
});

test('regression: deeply nested JSON is reported, not a stack overflow', () => {
  const deep = `{"Resources":{"R":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
  // Two braces, then the 499th bracket is level 501.
  assert.equal(tooDeepAt(deep), 18 + 498);
  const tree = parseJsonTree(deep);
  assert.equal(tree.root, undefined);
  assert.match(tree.errors[0]!.message, /NestedTooDeep/);
  const doc = service.parse({ uri: 'file:///r/dns.json', text: deep, languageId: 'json' }, true);
  assert.ok(doc);
  service.validate(doc);
  // Brackets inside strings and comments do not count.
  assert.equal(tooDeepAt(`{"a": "${'['.repeat(1000)}" /* ${'{'.repeat(1000)} */ // ${'['.repeat(1000)}\n}`), -1);
});

test('regression: a DNSControl domain with a long run of `!` is read in linear time', () => {
  const text = `D("example.com${'!'.repeat(200_000)}\\nx", REG_NONE, TXT("@", "v=spf1 -all"));\n`;
  const started = performance.now();
  const doc = service.parse({ uri: 'file:///r/dnsconfig.js', text, languageId: 'javascript' }, true);
  assert.ok(doc);
  service.validate(doc);
  assert.ok(performance.now() - started < 2000, `took ${(performance.now() - started).toFixed(0)} ms`);
  const tagged = service.parse({ uri: 'file:///r/dnsconfig.js', text: 'D("example.com!internal", REG_NONE, TXT("@", "v=spf1 -all"));\n', languageId: 'javascript' }, true)!;
  assert.equal(tagged.zoneOrigin, 'example.com.');
});

test('regression: a URI with malformed percent-encoding is parsed, not thrown on, by every host', () => {
  for (const name of ['b%E0%A4%A.zone', 'dnsconfig%E0%A4%A.js', 'mta-sts%E0%A4%A.txt', 'dns%E0%A4%A.yaml']) {
    const input = { uri: `file:///a/${name}`, text: '$ORIGIN example.com.\n@ TXT "v=spf1 -all"\n' };
    assert.doesNotThrow(() => service.hostFor(input), name);
    const doc = service.parse(input, true);
    assert.ok(doc, name);
    assert.doesNotThrow(() => service.validate(doc), name);
  }
});
