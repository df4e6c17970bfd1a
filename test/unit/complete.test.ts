/** Completion in zone files: directives, RR types with layout snippets, classes, TTL values. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/service/index';

const service = getLanguageService();

/** Completes at `|` in the text. */
function completeAt(withCursor: string) {
  const offset = withCursor.indexOf('|');
  const text = withCursor.slice(0, offset) + withCursor.slice(offset + 1);
  const doc = service.parse({ uri: 'file:///t/example.com.zone', text, languageId: 'dns-zone' })!;
  return service.complete(doc, offset).map((i) => ({ ...i, replaced: i.range ? text.slice(i.range.start, i.range.end) : undefined }));
}
const labels = (items: { label: string }[]) => items.map((i) => i.label);

test('line start: directives and @', () => {
  const items = completeAt('$ORIGIN example.com.\n$T|');
  assert.deepEqual(labels(items).sort(), ['$GENERATE', '$INCLUDE', '$ORIGIN', '$TTL', '@']);
  assert.ok(items.every((i) => i.replaced === '$T'));
  const ttl = items.find((i) => i.label === '$TTL')!;
  assert.equal(ttl.snippet, true);
  assert.match(ttl.insertText!, /^\\\$TTL \$\{1:3600\}$/);
});

test('after the owner: RR types with layout snippets, common first, and classes', () => {
  const items = completeAt('$TTL 300\nmail M|');
  const mx = items.find((i) => i.label === 'MX')!;
  assert.equal(mx.insertText, 'MX ${1:10} ${2:mail.example.com.}');
  assert.equal(mx.replaced, 'M');
  assert.equal(mx.detail, 'Mail exchange');
  const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  assert.deepEqual(labels(sorted).slice(0, 5), ['A', 'AAAA', 'CNAME', 'MX', 'TXT']);
  assert.ok(labels(items).includes('IN'));
  assert.ok(!labels(items).includes('MD'), 'obsolete types are not offered');
});

test('after owner, TTL and class: types only', () => {
  const items = completeAt('$TTL 300\nmail 1h IN |');
  assert.ok(labels(items).includes('TLSA'));
  assert.ok(!labels(items).includes('IN'));
  const naptr = items.find((i) => i.label === 'NAPTR')!;
  assert.ok(naptr.insertText!.includes('!^.*\\$!'), 'snippet text escapes `$`');
});

test('blank owner line: types', () => {
  assert.ok(labels(completeAt('$TTL 300\n@ A 192.0.2.1\n    |')).includes('AAAA'));
});

test('after $TTL: common values with the human form', () => {
  const items = completeAt('$TTL |');
  assert.deepEqual(labels(items), ['300', '3600', '1h', '1d', '86400']);
  assert.equal(items.find((i) => i.label === '1d')!.detail, '1 day');
});

test('RDATA positions: CAA tags and SvcParamKeys', () => {
  assert.ok(labels(completeAt('$TTL 300\n@ CAA 0 i|')).includes('issuewild'));
  const svc = completeAt('$TTL 300\n@ HTTPS 1 . al|');
  assert.equal(svc.find((i) => i.label === 'alpn')!.insertText, 'alpn=');
  assert.equal(svc.find((i) => i.label === 'alpn')!.replaced, 'al');
});

test('nothing inside RDATA, comments or continuation lines', () => {
  assert.deepEqual(completeAt('$TTL 300\n@ MX 10 |'), []);
  assert.deepEqual(completeAt('$TTL 300\n@ A 192.0.2.1 ; a comment |'), []);
  assert.deepEqual(completeAt('$TTL 300\n@ SOA ns1 hostmaster (\n   1 |\n 2 3 4 5 )\n'), []);
  assert.deepEqual(completeAt('$TTL 300\nmail bogus |'), []);
});
