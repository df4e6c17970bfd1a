/**
 * The in-memory zone resolver over zone files parsed by the language service: records by type,
 * TXT character-strings kept apart, relative names made absolute, NXDOMAIN for names not in the
 * zone, NODATA for other types and empty non-terminals, CNAME chains followed and loops caught;
 * and `createResolver` configurations.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLanguageService } from '../../server/src/service';
import { createResolver } from '../../server/src/live/resolvers/create';
import { ZoneResolver } from '../../server/src/live/zone-resolver';

const ZONE = [
  '$ORIGIN example.test.',
  '$TTL 600',
  '@ IN SOA ns1 hostmaster 7 7200 3600 1209600 300',
  '@ IN NS ns1',
  '@ IN MX 10 mail',
  '@ 60 IN TXT "v=spf1 " "mx -all"',
  'mail IN A 192.0.2.25',
  'mail IN AAAA 2001:DB8::25',
  'alias IN CNAME mail',
  'loop1 IN CNAME loop2',
  'loop2 IN CNAME loop1.example.test.',
  'x.empty IN A 192.0.2.9',
  '_25._tcp.mail IN TLSA 3 1 1 ( 0a0B 0c )',
  '',
].join('\n');

const doc = getLanguageService().parse({ uri: 'file:///z/example.test.zone', text: ZONE, languageId: 'dns-zone' }, true)!;
const resolver = ZoneResolver.fromDocuments([doc]);

test('records by type, with TTLs and character-strings', async () => {
  assert.deepEqual(await resolver.query('EXAMPLE.test.', 'TXT'), {
    kind: 'records',
    records: [{ name: 'example.test', ttl: 60, data: { type: 'TXT', strings: ['v=spf1 ', 'mx -all'] } }],
    cnames: [],
  });
  const mx = await resolver.query('example.test', 'MX');
  assert.deepEqual(mx.kind === 'records' && mx.records.map((r) => r.data), [{ type: 'MX', preference: 10, exchange: 'mail.example.test' }]);
  const aaaa = await resolver.query('mail.example.test', 'AAAA');
  assert.deepEqual(aaaa.kind === 'records' && aaaa.records.map((r) => [r.ttl, r.data]), [[600, { type: 'AAAA', address: '2001:db8::25' }]]);
  const tlsa = await resolver.query('_25._tcp.mail.example.test', 'TLSA');
  assert.ok(tlsa.kind === 'records' && tlsa.records[0]!.data.type === 'TLSA');
  if (tlsa.kind === 'records' && tlsa.records[0]!.data.type === 'TLSA') assert.deepEqual([...tlsa.records[0]!.data.data], [10, 11, 12]);
});

test('NXDOMAIN, NODATA, empty non-terminals', async () => {
  assert.deepEqual(await resolver.query('nothere.example.test', 'A'), { kind: 'nxdomain' });
  assert.deepEqual(await resolver.query('other.invalid', 'TXT'), { kind: 'nxdomain' });
  assert.deepEqual(await resolver.query('mail.example.test', 'TXT'), { kind: 'nodata' });
  assert.deepEqual(await resolver.query('empty.example.test', 'A'), { kind: 'nodata' });
});

test('CNAMEs are followed; a loop is a SERVFAIL', async () => {
  const a = await resolver.query('alias.example.test', 'A');
  assert.deepEqual(a, {
    kind: 'records',
    records: [{ name: 'mail.example.test', ttl: 600, data: { type: 'A', address: '192.0.2.25' } }],
    cnames: [{ from: 'alias.example.test', to: 'mail.example.test' }],
  });
  const c = await resolver.query('alias.example.test', 'CNAME');
  assert.deepEqual(c.kind === 'records' && c.records.map((r) => r.data), [{ type: 'CNAME', target: 'mail.example.test' }]);
  assert.deepEqual(await resolver.query('loop1.example.test', 'A'), { kind: 'servfail' });
});

test('faults and cancellation', async () => {
  const faulty = new ZoneResolver([{ name: 'slow.example', fault: 'timeout' }, { name: 'broken.example', fault: 'servfail' }]);
  assert.deepEqual(await faulty.query('slow.example', 'TXT'), { kind: 'timeout' });
  assert.deepEqual(await faulty.query('broken.example', 'A'), { kind: 'servfail' });
  const controller = new AbortController();
  controller.abort();
  assert.deepEqual(await resolver.query('example.test', 'TXT', { signal: controller.signal }), { kind: 'error', message: 'cancelled' });
});

test('createResolver: each kind, and wrong configurations as messages', () => {
  assert.ok(!('error' in createResolver({ kind: 'zone', documents: [doc] })));
  assert.ok(!('error' in createResolver({ kind: 'system' })));
  assert.ok(!('error' in createResolver({ kind: 'direct', servers: ['127.0.0.1:5300', '[::1]:53'] })));
  assert.ok(!('error' in createResolver({ kind: 'doh', url: 'https://dns.example/dns-query' })));
  assert.match(String((createResolver({ kind: 'doh', url: 'http://dns.example/dns-query' }) as { error: string }).error), /https/);
  assert.match(String((createResolver({ kind: 'direct', servers: ['127.0.0.1:99999'] }) as { error: string }).error), /not a DNS server/);
});
