/** TTL parsing and formatting: RFC 1035 seconds, BIND units, the RFC 2181 §8 maximum. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { formatTtl, parseTtl, MAX_TTL } from '../../server/src/service/records/ttl';

const seconds = (text: string): number => {
  const r = parseTtl(text);
  assert.ok('seconds' in r, `expected ${text} to parse, got ${JSON.stringify(r)}`);
  return r.seconds;
};
const error = (text: string): string => {
  const r = parseTtl(text);
  assert.ok('error' in r, `expected ${text} to be rejected, got ${JSON.stringify(r)}`);
  return r.error;
};

test('plain seconds', () => {
  assert.equal(seconds('0'), 0);
  assert.equal(seconds('3600'), 3600);
  assert.equal(seconds('86400'), 86400);
  assert.equal(seconds(String(MAX_TTL)), 2147483647);
});

test('BIND units in any case, combined', () => {
  assert.equal(seconds('1h'), 3600);
  assert.equal(seconds('1H'), 3600);
  assert.equal(seconds('30m'), 1800);
  assert.equal(seconds('45s'), 45);
  assert.equal(seconds('2d'), 172800);
  assert.equal(seconds('1w'), 604800);
  assert.equal(seconds('1h30m'), 5400);
  assert.equal(seconds('1W2D'), 604800 + 2 * 86400);
  assert.equal(seconds('1d2h3m4s'), 86400 + 7200 + 180 + 4);
});

test('rejects malformed TTLs with a hint', () => {
  assert.match(error(''), /empty/);
  assert.match(error('abc'), /not a number/);
  assert.match(error('1x'), /unknown unit `x`/);
  assert.match(error('h'), /not a number/);
  assert.match(error('1h30'), /without a unit/);
  assert.match(error('-1'), /not a number/);
  assert.match(error('1.5h'), /unknown unit/);
  assert.match(error('1hh'), /not a number/);
});

test('rejects values above 2147483647 (RFC 2181 §8)', () => {
  assert.match(error('2147483648'), /RFC 2181 §8/);
  assert.match(error('99999999999999999999'), /larger than/);
  assert.match(error('4000w'), /larger than/);
  assert.equal(seconds('3550w'), 3550 * 604800);
});

test('long input is rejected quickly', () => {
  const start = Date.now();
  error('1'.repeat(100000));
  error('1h'.repeat(100000));
  assert.ok(Date.now() - start < 200);
});

test('formatTtl gives a human form', () => {
  assert.equal(formatTtl(3600), '1 hour');
  assert.equal(formatTtl(5400), '1 hour 30 minutes');
  assert.equal(formatTtl(86400), '1 day');
  assert.equal(formatTtl(172800), '2 days');
  assert.equal(formatTtl(604800 + 1), '1 week 1 second');
  assert.equal(formatTtl(0), '0 seconds');
  assert.equal(formatTtl(300), '5 minutes');
});
