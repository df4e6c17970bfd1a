/** The DKIM key record parser: tags with value ranges, colon lists, case-sensitive names, the key decoded once. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDkim } from '../../server/src/service/policies/dkim/parse';

const ED = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';

test('tags carry their ranges; list tags are split into items', () => {
  const text = `v=DKIM1; h = sha1 : sha256; k=ed25519; p=${ED}`;
  const r = parseDkim(text);
  assert.deepEqual(r.tags.map((t) => t.name), ['v', 'h', 'k', 'p']);
  const h = r.get('h')!;
  assert.deepEqual(h.items?.map((i) => [i.value, text.slice(i.start, i.end)]), [['sha1', 'sha1'], ['sha256', 'sha256']]);
  assert.equal(r.keyType, 'ed25519');
  assert.equal(r.key?.reading?.type, 'ed25519');
  assert.equal(text.slice(r.key!.start, r.key!.end), ED);
});

test('tag names are case-sensitive: P= is not p=, and no duplicate', () => {
  const r = parseDkim(`v=DKIM1; P=${ED}; p=${ED}`);
  assert.equal(r.get('P')?.name, 'P');
  assert.equal(r.problems.filter((p) => p.kind === 'duplicate').length, 0);
  assert.equal(parseDkim('k=rsa; k=rsa').problems[0]?.kind, 'duplicate');
});

test('empty p= is revoked (no key), default key type rsa, whitespace inside the key', () => {
  assert.equal(parseDkim('v=DKIM1; p=').key, undefined);
  assert.equal(parseDkim('p=abc').keyType, 'rsa');
  const spaced = parseDkim(`k=ed25519; p=${ED.slice(0, 10)} ${ED.slice(10)}`);
  assert.equal(spaced.key?.reading?.type, 'ed25519');
});

test('PEM armour is recognised and its base64 kept', () => {
  const r = parseDkim('p=-----BEGIN PUBLIC KEY-----\nTWFu\n-----END PUBLIC KEY-----');
  assert.deepEqual(r.key?.pem, { base64: 'TWFu' });
});

test('never throws; every range lies inside the text', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('v', '=', ';', ':', 'p', 'k', ' ', 'A', '/', '+', '"', 'h', 's', '-', '\t') , maxLength: 80 }), (text) => {
      const r = parseDkim(text);
      for (const t of r.tags) {
        assert.ok(0 <= t.start && t.start <= t.end && t.end <= text.length);
        assert.ok(t.valueStart <= t.valueEnd && t.valueEnd <= text.length);
        for (const i of t.items ?? []) assert.equal(text.slice(i.start, i.end), i.value);
      }
    }),
    { numRuns: 500 },
  );
});
