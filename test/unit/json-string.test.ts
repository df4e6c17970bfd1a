/** JSON string literals decode with an exact source map: every escape atomic, surrogate pairs whole. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeJsonString } from '../../server/src/service/hosts/yaml-json/json-string';

function span(doc: string, start: number, end: number, host: ReturnType<typeof decodeJsonString>): string {
  const s = host.map.toDocSpan(start, end);
  return doc.slice(s.start, s.end);
}

test('every JSON escape decodes and maps to itself', () => {
  const doc = '"a\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\\u0041\\u00e9\\ud83d\\ude00j"';
  const host = decodeJsonString(doc, 0, doc.length);
  assert.equal(host.value, JSON.parse(doc));
  assert.equal(span(doc, 1, 2, host), '\\"');
  const a = host.value.indexOf('A');
  assert.equal(span(doc, a, a + 1, host), '\\u0041');
  const smile = host.value.indexOf('\u{1F600}');
  assert.equal(span(doc, smile, smile + 2, host), '\\ud83d\\ude00');
  assert.equal(span(doc, smile + 1, smile + 2, host), '\\ud83d\\ude00');
  assert.equal(host.encode('say "hi"\n'), 'say \\"hi\\"\\n');
});

test('a lone surrogate escape is one character', () => {
  const doc = '"x\\ud800y"';
  const host = decodeJsonString(doc, 0, doc.length);
  assert.equal(host.value, 'x\ud800y');
  assert.equal(span(doc, 1, 2, host), '\\ud800');
});

test('an unclosed literal and a bad escape do not throw', () => {
  const doc = '"abc\\q\\u12';
  const host = decodeJsonString(doc, 0, doc.length);
  assert.equal(host.value, 'abc\\q\\u12');
});

test('property: decodes like JSON.parse; literal pieces are the document text; escapes whole', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.boolean(), (s, asciiOnly) => {
      let lit = JSON.stringify(s);
      if (asciiOnly) lit = lit.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      const doc = `[${lit}]`;
      const host = decodeJsonString(doc, 1, 1 + lit.length);
      assert.equal(host.value, s);
      for (let i = 0; i < host.value.length; i++) {
        const sp = host.map.toDocSpan(i, i + 1);
        assert.ok(sp.start >= 2 && sp.end <= doc.length - 2);
        const written = doc.slice(sp.start, sp.end);
        assert.ok(written === host.value[i] || written.startsWith('\\') || /[\ud800-\udfff]/.test(host.value[i]!), `char ${i}: ${JSON.stringify(written)}`);
      }
    }),
    { seed: 11, numRuns: 500 },
  );
});

test('property: never throws on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const doc = `"${s}`;
      decodeJsonString(doc, 0, doc.length);
    }),
    { seed: 5, numRuns: 300 },
  );
});
