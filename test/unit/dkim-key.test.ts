/**
 * The DKIM key reader (base64 with whitespace, a pure DER reader for SubjectPublicKeyInfo and
 * RSAPublicKey, raw Ed25519) cross-checked against keys made by Node's crypto.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { decodeBase64, encodeBase64, readKey, readSpki, wrapRsaInSpki, DerError } from '../../server/src/service/policies/dkim/key';

const bytes = (b64: string): Uint8Array => {
  const r = decodeBase64(b64);
  assert.ok('bytes' in r, `decodes: ${JSON.stringify(r)}`);
  return r.bytes;
};

test('base64 decodes like Node, with whitespace anywhere, and encodes back', () => {
  for (let n = 0; n < 40; n++) {
    const data = randomBytes(n);
    const b64 = data.toString('base64');
    assert.deepEqual(Buffer.from(bytes(b64)), data);
    assert.equal(encodeBase64(new Uint8Array(data)), b64);
    const spaced = b64.split('').join(n % 2 ? ' ' : '\t');
    assert.deepEqual(Buffer.from(bytes(spaced)), data);
  }
});

test('base64 problems: bad character, padding, length', () => {
  assert.deepEqual(decodeBase64('TWF!'), { problem: { kind: 'bad-char', offset: 3, end: 4 } });
  assert.deepEqual(decodeBase64('TW"Fu'), { problem: { kind: 'bad-char', offset: 2, end: 3 } });
  assert.equal((decodeBase64('TWE') as { problem: { kind: string } }).problem.kind, 'bad-padding');
  assert.equal((decodeBase64('TQ=A') as { problem: { kind: string } }).problem.kind, 'bad-padding');
  assert.equal((decodeBase64('TWFuT') as { problem: { kind: string } }).problem.kind, 'bad-length');
  assert.equal((decodeBase64('TWFu=') as { problem: { kind: string } }).problem.kind, 'bad-padding');
});

for (const bits of [512, 1024, 2048, 3072, 4096]) {
  test(`RSA ${bits}-bit keys from Node: SubjectPublicKeyInfo and PKCS#1`, () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
    const spki = publicKey.export({ type: 'spki', format: 'der' });
    const r = readKey(bytes(spki.toString('base64')), 'rsa');
    assert.deepEqual(r, { type: 'rsa', format: 'spki', rsa: { bits, exponent: '65537' } });
    const pkcs1 = publicKey.export({ type: 'pkcs1', format: 'der' });
    const p = readKey(bytes(pkcs1.toString('base64')), 'rsa');
    assert.deepEqual(p, { type: 'rsa', format: 'pkcs1', rsa: { bits, exponent: '65537' } });
    // Wrapping PKCS#1 gives exactly what Node exports as SubjectPublicKeyInfo.
    assert.deepEqual(Buffer.from(wrapRsaInSpki(new Uint8Array(pkcs1))), spki);
  });
}

test('RSA exponent 3 and an odd modulus size', () => {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1500, publicExponent: 3 });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  assert.deepEqual(readKey(new Uint8Array(spki), 'rsa'), { type: 'rsa', format: 'spki', rsa: { bits: 1500, exponent: '3' } });
});

test('Ed25519: raw 32 bytes, and the SubjectPublicKeyInfo form', () => {
  const { publicKey } = generateKeyPairSync('ed25519');
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  const raw = spki.subarray(12);
  assert.deepEqual(readKey(raw, 'ed25519'), { type: 'ed25519', format: 'raw', raw });
  const wrapped = readKey(spki, 'ed25519');
  assert.equal(wrapped.type, 'ed25519');
  assert.equal(wrapped.type === 'ed25519' && wrapped.format, 'spki');
  assert.deepEqual(wrapped.type === 'ed25519' && wrapped.raw, raw);
  // Under k=rsa: an Ed25519 key, which the rules report as the wrong type.
  assert.equal(readKey(raw, 'rsa').type, 'ed25519');
  assert.equal(readKey(spki, 'rsa').type, 'ed25519');
});

test('other algorithms are named', () => {
  const ec = new Uint8Array(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'der' }));
  assert.deepEqual(readKey(ec, 'rsa'), { type: 'other', algorithm: 'EC', oid: '1.2.840.10045.2.1' });
  const ed448 = new Uint8Array(generateKeyPairSync('ed448').publicKey.export({ type: 'spki', format: 'der' }));
  assert.equal((readKey(ed448, 'ed25519') as { algorithm?: string }).algorithm, 'Ed448');
});

test('truncated, trailing and garbage data are reported, never thrown', () => {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  for (let cut = 0; cut < spki.length; cut += 7) {
    const r = readKey(spki.subarray(0, cut), 'rsa');
    if (cut === 32) continue; // 32 bytes read as a raw Ed25519 key
    assert.equal(r.type, 'invalid', `cut at ${cut}`);
    if (r.type === 'invalid' && cut > 4) assert.equal(r.error.kind, 'truncated', `cut at ${cut}: ${r.error.detail}`);
  }
  const longer = new Uint8Array(spki.length + 3);
  longer.set(spki);
  const t = readKey(longer, 'rsa');
  assert.equal(t.type === 'invalid' && t.error.kind, 'trailing');
  for (let i = 0; i < 300; i++) {
    const junk = new Uint8Array(randomBytes(i % 80));
    if (i % 3 === 0) junk[0] = 0x30;
    assert.doesNotThrow(() => readKey(junk, i % 2 ? 'rsa' : 'ed25519'));
    assert.doesNotThrow(() => readSpki(junk));
  }
  assert.ok(readSpki(new Uint8Array([0x30, 0x80])) instanceof DerError, 'indefinite length');
});

test('an RSA key with an even exponent is flagged', () => {
  // SEQUENCE { INTEGER 0x00c3 (odd), INTEGER 4 }
  const r = readKey(new Uint8Array([0x30, 0x07, 0x02, 0x02, 0x00, 0xc3, 0x02, 0x01, 0x04]), 'rsa');
  assert.equal(r.type, 'rsa');
  assert.match((r.type === 'rsa' && r.rsa.flaw) || '', /exponent 4/);
});
