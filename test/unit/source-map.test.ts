/** Source maps: every value offset maps into its string's document range, escapes are atomic. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeCharString } from '../../server/src/service/hosts/zone-file/char-string';
import { scan, type Token } from '../../server/src/service/hosts/zone-file/scanner';
import { getLanguageService } from '../../server/src/service/index';

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  scan(text, { entry: (e) => out.push(...e.tokens), comment: () => undefined, problem: () => undefined });
  return out;
}

/** A piece of a quoted string: plain text, a `\X` escape or a `\DDD` escape. */
const piece = fc.oneof(
  fc.stringMatching(/^[a-zA-Z0-9 =:;.\-_é]{1,6}$/).map((s) => ({ src: s, value: s })),
  fc.constantFrom('"', '\\', ';', 'a', ' ').map((c) => ({ src: `\\${c}`, value: c })),
  fc.integer({ min: 0, max: 255 }).map((n) => ({ src: `\\${String(n).padStart(3, '0')}`, value: String.fromCharCode(n) })),
);

test('decoded value and map agree with the source for arbitrary escaped strings', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), fc.string({ maxLength: 5 }).filter((p) => !/["\\\n\r;()]/.test(p)), (pieces, prefix) => {
      const body = pieces.map((p) => p.src).join('');
      const text = `${prefix.replace(/\s/g, '')} "${body}"`;
      const token = tokensOf(text).find((t) => text[t.start] === '"')!;
      const cs = decodeCharString(text, token);
      assert.equal(cs.value, pieces.map((p) => p.value).join(''));
      const escapeStarts = new Set<number>();
      let at = token.start + 1;
      for (const p of pieces) {
        if (p.src.startsWith('\\')) escapeStarts.add(at);
        at += p.src.length;
      }
      for (let i = 0; i <= cs.value.length; i++) {
        const doc = cs.map.toDocOffset(i);
        assert.ok(doc >= token.start + 1 && doc <= token.end - 1, `value offset ${i} maps to ${doc}, outside the string`);
      }
      for (let i = 0; i < cs.value.length; i++) {
        for (const r of cs.map.toDocRanges(i, i + 1)) {
          // An escape is never split: a range inside the string starts at an escape start or at a literal.
          const startsInsideEscape = [...escapeStarts].some((e) => r.start > e && r.start < e + 4 && text[e] === '\\' && r.start < e + (text[e + 1]! >= '0' && text[e + 1]! <= '9' ? 4 : 2));
          assert.ok(!startsInsideEscape, `range ${r.start}-${r.end} starts inside an escape`);
        }
      }
    }),
    { seed: 4242, numRuns: 300 },
  );
});

test('a value range across joined strings maps to one document range per string', () => {
  const ls = getLanguageService();
  const text = '$ORIGIN example.com.\n$TTL 300\nt IN TXT "v=spf1 a" "\\032mx -all"\n';
  const doc = ls.parse({ uri: 'file:///x/example.com.zone', text, languageId: 'dns-zone' })!;
  const value = doc.records[0]!.value!;
  assert.equal(value.text, 'v=spf1 a mx -all');
  const ranges = value.map.toDocRanges(7, 11);
  assert.deepEqual(
    ranges.map((r) => text.slice(r.start, r.end)),
    ['a', '\\032mx'],
  );
  // The end of the value maps to just before the closing quote.
  assert.equal(text[value.map.toDocOffset(value.text.length)], '"');
});

test('octets are counted after escapes, UTF-8 for literal text', () => {
  const text = 'x IN TXT "a\\255é"';
  const token = tokensOf(text)[3]!;
  const cs = decodeCharString(text, token);
  assert.equal(cs.value.length, 3);
  assert.equal(cs.octets, 1 + 1 + 2);
});
