/** The DMARC parser: version states, missing `;` recovery, report URI lists, value ranges. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseDmarc, parseUriList, policyDomain } from '../../server/src/service/policies/dmarc/parse';
import { editDistance } from '../../server/src/service/text/edit-distance';
import { sameOrganisation, tagRemoval } from '../../server/src/service/policies/dmarc/support';

test('version states', () => {
  assert.equal(parseDmarc('v=DMARC1; p=reject').version, 'ok');
  assert.equal(parseDmarc('V = DMARC1;p=reject').version, 'ok');
  assert.equal(parseDmarc('v=dmarc1; p=reject').version, 'case');
  assert.equal(parseDmarc('v=DMARC2; p=reject').version, 'other');
  assert.equal(parseDmarc('v=; p=reject').version, 'other');
  assert.equal(parseDmarc('p=reject; v=DMARC1').version, 'not-first');
  assert.equal(parseDmarc('p=reject').version, 'missing');
  assert.equal(parseDmarc(' v=DMARC1').leadingSpace, 1);
});

test('DMARC or not: a version tag or a DMARC tag', () => {
  assert.equal(parseDmarc('p=reject').looksLikeDmarc, true);
  assert.equal(parseDmarc('google-site-verification=abc').looksLikeDmarc, false);
  assert.equal(parseDmarc('some other txt record').looksLikeDmarc, false);
});

test('a missing `;` between tags is found and each tag keeps its own value', () => {
  const text = 'v=DMARC1 p=reject  rua=mailto:a@example.com, mailto:b@example.com';
  const d = parseDmarc(text);
  assert.deepEqual(d.missingSemicolons, [8, 17]);
  assert.equal(d.version, 'ok');
  assert.equal(d.byName.get('p')!.value, 'reject');
  assert.equal(d.byName.get('rua')!.value, 'mailto:a@example.com, mailto:b@example.com');
  assert.deepEqual(parseDmarc('v = DMARC1 ; p = reject').missingSemicolons, []);
  assert.deepEqual(parseDmarc('v=DMARC1; rua=mailto:a@example.com?subject=x').missingSemicolons, []);
});

test('report URI lists: schemes, addresses, size suffixes, empty entries', () => {
  const text = 'rua=mailto:A@Example.COM.!10m , https://r.example.net:8443/x,dmarc@example.org,,mailto:x!1q';
  const d = parseDmarc(text);
  const list = parseUriList(text, d.byName.get('rua')!);
  const [a, b, c, e] = list.uris;
  assert.equal(list.uris.length, 4);
  assert.equal(a!.scheme, 'mailto');
  assert.equal(a!.domain, 'example.com');
  assert.equal(a!.size, '10m');
  assert.equal(a!.sizeBytes, 10 * 1024 * 1024);
  assert.equal(text.slice(a!.start, a!.uriEnd), 'mailto:A@Example.COM.');
  assert.equal(b!.scheme, 'https');
  assert.equal(b!.host, 'r.example.net');
  assert.equal(c!.scheme, undefined);
  assert.equal(e!.domain, undefined);
  assert.equal(e!.size, '1q');
  assert.equal(e!.sizeBytes, undefined);
  assert.deepEqual(list.emptyCommas.map((i) => text[i]), [',']);
});

test('policy domain, organisation heuristics, edit distance, tag removal', () => {
  assert.equal(policyDomain('_dmarc.example.com.'), 'example.com');
  assert.equal(policyDomain('example.com.'), undefined);
  assert.equal(sameOrganisation('shop.example.com', 'example.com', 'example.com.'), true);
  assert.equal(sameOrganisation('shop.example.com', 'mail.example.com', 'example.com.'), true);
  assert.equal(sameOrganisation('example.com', 'example.net', 'example.com.'), false);
  assert.equal(sameOrganisation('shop.example', 'reports.example', 'example.'), false);
  assert.equal(sameOrganisation('a.shop.example', 'shop.example', 'example.'), true);
  assert.equal(editDistance('ruaa', 'rua'), 1);
  assert.equal(editDistance('adkm', 'adkim'), 1);
  const text = 'v=DMARC1; p=reject; rf=afrf; ri=86400';
  const d = parseDmarc(text);
  const rf = tagRemoval(text, d.byName.get('rf')!);
  const ri = tagRemoval(text, d.byName.get('ri')!);
  assert.ok(rf.end <= ri.start, 'neighbouring removals do not overlap');
  assert.equal(text.slice(0, rf.start) + text.slice(rf.end, ri.start) + text.slice(ri.end), 'v=DMARC1; p=reject;');
});

test('never throws; every tag range lies inside the text', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('v', '=', ';', ' ', 'D', 'M', 'A', 'R', 'C', '1', 'p', 'r', 'u', 'a', ':', ',', '!', '@', 'm'), maxLength: 80 }), (text) => {
      const d = parseDmarc(text);
      for (const t of d.tags) assert.ok(t.start >= 0 && t.end <= text.length && t.valueStart <= t.valueEnd);
      for (const name of ['rua', 'ruf']) {
        const tag = d.byName.get(name);
        if (!tag) continue;
        for (const u of parseUriList(text, tag).uris) assert.ok(tag.valueStart <= u.start && u.end <= tag.valueEnd && u.uriEnd <= u.end);
      }
    }),
  );
});
