/** The RFC 6376 §3.2 tag-list parser shared by DMARC, DKIM and the other tag-list policies. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseTagList } from '../../server/src/service/policies/tag-list';

test('tags with names, values and exact ranges', () => {
  const text = 'v=DMARC1; p = reject ;rua=mailto:a@example.com';
  const list = parseTagList(text);
  assert.deepEqual(
    list.tags.map((t) => [t.name, t.value, text.slice(t.nameStart, t.nameEnd), text.slice(t.valueStart, t.valueEnd), text.slice(t.start, t.end)]),
    [
      ['v', 'DMARC1', 'v', 'DMARC1', 'v=DMARC1'],
      ['p', 'reject', 'p', 'reject', 'p = reject'],
      ['rua', 'mailto:a@example.com', 'rua', 'mailto:a@example.com', 'rua=mailto:a@example.com'],
    ],
  );
  assert.equal(list.problems.length, 0);
  const p = list.byName.get('p')!;
  assert.equal(text[p.equals], '=');
  assert.equal(text[p.semicolon], ';');
  assert.equal(list.tags[2]!.semicolon, -1);
});

test('trailing `;` and whitespace (tabs, CR LF) are allowed', () => {
  for (const text of ['v=DMARC1;', 'v=DMARC1 ; ', 'v = DMARC1\t;\tp\t=\treject\t;', 'v=DKIM1;\r\n p=abc']) {
    assert.deepEqual(parseTagList(text).problems, [], text);
  }
});

test('an empty value is a tag with an empty value range', () => {
  const text = 'v=DMARC1; rua=; p=none';
  const rua = parseTagList(text).byName.get('rua')!;
  assert.equal(rua.value, '');
  assert.equal(rua.valueStart, rua.valueEnd);
  assert.equal(text.slice(rua.start, rua.end), 'rua=');
});

test('a value may contain `=` (only the first one separates)', () => {
  const t = parseTagList('rua=mailto:a@example.com?subject=x').tags[0]!;
  assert.equal(t.name, 'rua');
  assert.equal(t.value, 'mailto:a@example.com?subject=x');
});

test('problems: missing `=`, bad name, bad value, duplicate (any case), empty spec', () => {
  const kinds = (text: string) => parseTagList(text).problems.map((p) => [p.kind, text.slice(p.start, p.end)]);
  assert.deepEqual(kinds('v=DMARC1; p reject'), [['missing-equals', 'p reject']]);
  assert.deepEqual(kinds('v=DMARC1; =none'), [['bad-name', '=']]);
  assert.deepEqual(kinds('v=DMARC1; 1x=y'), [['bad-name', '1x']]);
  assert.deepEqual(kinds('v=DMARC1; a b=y'), [['bad-name', 'a b']]);
  assert.deepEqual(kinds('v=DMARC1; rua=mailto:\u00e9@example.com'), [['bad-value', '\u00e9']]);
  assert.deepEqual(kinds('v=DMARC1; p=reject; P=none'), [['duplicate', 'P=none']]);
  assert.deepEqual(kinds('v=DMARC1;; p=none'), [['empty-spec', ';']]);
  assert.deepEqual(kinds('; v=DMARC1'), [['empty-spec', ';']]);
  // Only `;` or whitespace at the end is a trailing separator, not an empty tag.
  assert.deepEqual(kinds('v=DMARC1; p=none;;'), []);
  const dup = parseTagList('p=reject; p=none').problems[0]!;
  assert.equal(dup.first?.value, 'reject');
  assert.equal(parseTagList('p=reject; p=none').byName.get('p')!.value, 'reject');
});

test('never throws, ranges stay inside the text and in order', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('v', '=', ';', ' ', '\t', 'a', 'D', '1', ':', ',', '\u00e9', '_') , maxLength: 60 }), (text) => {
      const list = parseTagList(text);
      let previous = -1;
      for (const t of list.tags) {
        assert.ok(t.start > previous && t.start <= t.nameEnd && t.nameEnd <= t.equals && t.equals < t.valueStart + 1 && t.valueStart <= t.valueEnd && t.valueEnd <= t.end && t.end <= text.length);
        assert.equal(text.slice(t.valueStart, t.valueEnd), t.value);
        previous = t.end;
      }
      for (const p of list.problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length);
    }),
  );
});

test('linear time on pathological input', () => {
  const started = Date.now();
  parseTagList(';'.repeat(200_000) + 'a');
  parseTagList('a;'.repeat(100_000));
  parseTagList('a'.repeat(200_000));
  assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
});
