/**
 * The direct resolver (UDP with TCP fallback) against a real Knot server on 127.0.0.1: TXT with
 * several character-strings, NXDOMAIN, NODATA, a CNAME followed, a TXT answer too large for UDP
 * (truncated, then asked again over TCP), a TXT answer over 512 bytes that EDNS0 carries over
 * UDP, TLSA, MX, AAAA; the system resolver on the same server; and the cache in front.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Answer } from '../../server/src/live/resolver';
import { CachingResolver } from '../../server/src/live/resolvers/cache';
import { DirectResolver } from '../../server/src/live/resolvers/direct';
import { SystemResolver } from '../../server/src/live/resolvers/system';
import { startKnot, type KnotServer } from './support/knot';

const chunk = (c: string, n = 250) => c.repeat(n);
/** 12 strings of 250 octets: about 3 KB, over the 1232-octet EDNS0 payload we announce. */
const HUGE = Array.from({ length: 12 }, (_, i) => chunk(String.fromCharCode(97 + i)));
/** 3 strings of 250 octets: over 512, under 1232. */
const MEDIUM = Array.from({ length: 3 }, (_, i) => chunk(String.fromCharCode(65 + i)));
const TLSA_HEX = '8f4b2c6e0d1a3b5c7e9f00112233445566778899aabbccddeeff001122334455';

const ZONE = [
  '$ORIGIN zonemail.test.',
  '$TTL 300',
  '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300',
  '@ IN NS ns1',
  '@ IN MX 10 mail',
  'ns1 IN A 127.0.0.1',
  'mail IN A 192.0.2.25',
  'mail IN AAAA 2001:db8::25',
  'multi IN TXT "v=spf1 " "ip4:192.0.2.1 " "-all"',
  'alias IN CNAME multi',
  `huge IN TXT ${HUGE.map((s) => `"${s}"`).join(' ')}`,
  `medium IN TXT ${MEDIUM.map((s) => `"${s}"`).join(' ')}`,
  `_25._tcp.mail IN TLSA 3 1 1 ${TLSA_HEX}`,
  'deep.below.empty IN A 192.0.2.9',
  '',
].join('\n');

function records(answer: Answer) {
  assert.equal(answer.kind, 'records', JSON.stringify(answer));
  return answer.kind === 'records' ? answer.records : [];
}

describe('direct resolver against Knot', () => {
  let knot: KnotServer;
  let resolver: DirectResolver;

  before(async () => {
    knot = await startKnot([{ name: 'zonemail.test', text: ZONE }]);
    resolver = new DirectResolver({ servers: [{ host: knot.host, port: knot.port }], timeoutMs: 3000 });
  });
  after(async () => knot?.stop());

  test('TXT with several character-strings keeps them apart', async () => {
    const [r] = records(await resolver.query('multi.zonemail.test', 'TXT'));
    assert.deepEqual(r!.data, { type: 'TXT', strings: ['v=spf1 ', 'ip4:192.0.2.1 ', '-all'] });
    assert.equal(r!.name, 'multi.zonemail.test');
    assert.equal(r!.ttl, 300);
  });

  test('NXDOMAIN, NODATA, and an empty non-terminal', async () => {
    assert.equal((await resolver.query('nothere.zonemail.test', 'TXT')).kind, 'nxdomain');
    assert.equal((await resolver.query('ns1.zonemail.test', 'TXT')).kind, 'nodata');
    assert.equal((await resolver.query('below.empty.zonemail.test', 'A')).kind, 'nodata');
  });

  test('a CNAME is followed and reported', async () => {
    const answer = await resolver.query('ALIAS.zonemail.test.', 'TXT');
    assert.equal(answer.kind, 'records');
    if (answer.kind !== 'records') return;
    assert.deepEqual(answer.cnames, [{ from: 'alias.zonemail.test', to: 'multi.zonemail.test' }]);
    assert.deepEqual(answer.records[0]!.data, { type: 'TXT', strings: ['v=spf1 ', 'ip4:192.0.2.1 ', '-all'] });
  });

  test('a TXT answer over the UDP payload size comes over TCP after truncation', async () => {
    const [r] = records(await resolver.query('huge.zonemail.test', 'TXT'));
    assert.deepEqual(r!.data, { type: 'TXT', strings: HUGE });
  });

  test('a TXT answer over 512 bytes comes over UDP with EDNS0', async () => {
    const [r] = records(await resolver.query('medium.zonemail.test', 'TXT'));
    assert.deepEqual(r!.data, { type: 'TXT', strings: MEDIUM });
  });

  test('TLSA', async () => {
    const [r] = records(await resolver.query('_25._tcp.mail.zonemail.test', 'TLSA'));
    assert.equal(r!.data.type, 'TLSA');
    if (r!.data.type !== 'TLSA') return;
    assert.deepEqual([r!.data.usage, r!.data.selector, r!.data.matchingType], [3, 1, 1]);
    assert.equal(Buffer.from(r!.data.data).toString('hex'), TLSA_HEX);
  });

  test('MX, A, AAAA, SOA; an unsigned zone is not authenticated', async () => {
    const mx = await resolver.query('zonemail.test', 'MX');
    assert.deepEqual(records(mx).map((r) => r.data), [{ type: 'MX', preference: 10, exchange: 'mail.zonemail.test' }]);
    assert.notEqual(mx.kind === 'records' && mx.authenticated, true);
    assert.deepEqual(records(await resolver.query('mail.zonemail.test', 'A')).map((r) => r.data), [{ type: 'A', address: '192.0.2.25' }]);
    assert.deepEqual(records(await resolver.query('mail.zonemail.test', 'AAAA')).map((r) => r.data), [{ type: 'AAAA', address: '2001:db8::25' }]);
    const [soa] = records(await resolver.query('zonemail.test', 'SOA'));
    assert.deepEqual(soa!.data, { type: 'SOA', mname: 'ns1.zonemail.test', rname: 'hostmaster.zonemail.test', serial: 1 });
  });

  test('parallel queries each get their own answer', async () => {
    const names = ['multi', 'huge', 'medium', 'nothere', 'mail', 'alias'].map((n) => `${n}.zonemail.test`);
    const answers = await Promise.all(names.map((n) => resolver.query(n, 'TXT')));
    assert.deepEqual(
      answers.map((a) => a.kind),
      ['records', 'records', 'records', 'nxdomain', 'nodata', 'records'],
    );
  });

  test('the cache answers a second time without asking', async () => {
    let asked = 0;
    const counting = { query: (n: string, t: 'TXT') => (asked++, resolver.query(n, t)) };
    let now = 1_000_000;
    const cache = new CachingResolver(counting, { now: () => now });
    const first = await cache.query('multi.zonemail.test', 'TXT');
    const second = await cache.query('MULTI.zonemail.test.', 'TXT');
    assert.equal(asked, 1);
    assert.deepEqual(second, first);
    now += 301_000; // past the record's TTL
    await cache.query('multi.zonemail.test', 'TXT');
    assert.equal(asked, 2);
  });

  test('cancellation answers an error at once', async () => {
    const controller = new AbortController();
    const pending = resolver.query('multi.zonemail.test', 'TXT', { signal: controller.signal });
    controller.abort();
    assert.deepEqual(await pending, { kind: 'error', message: 'cancelled' });
  });

  test('the system resolver: TXT, NXDOMAIN, NODATA; TLSA points to the direct resolver', async () => {
    const system = new SystemResolver({ servers: [knot.address] });
    const [r] = records(await system.query('multi.zonemail.test', 'TXT'));
    assert.deepEqual(r!.data, { type: 'TXT', strings: ['v=spf1 ', 'ip4:192.0.2.1 ', '-all'] });
    const txt = await system.query('multi.zonemail.test', 'TXT');
    assert.equal(txt.kind === 'records' ? txt.authenticated : 'x', undefined);
    assert.equal((await system.query('nothere.zonemail.test', 'TXT')).kind, 'nxdomain');
    assert.equal((await system.query('ns1.zonemail.test', 'TXT')).kind, 'nodata');
    const tlsa = await system.query('_25._tcp.mail.zonemail.test', 'TLSA');
    assert.equal(tlsa.kind, 'error');
    assert.match(tlsa.kind === 'error' ? tlsa.message : '', /use the direct resolver/);
  });
});
