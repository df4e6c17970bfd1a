/** Hover and completion inside BIMI, MTA-STS TXT and TLS-RPT records, and their shared helpers. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/service/index';
import { completeAt, hoverAt, ZONE_HEAD as HEAD } from '../support/zone-probe';

const service = getLanguageService();
import { checkUri, checkVersion, isExtensionName, isFqdn, tagRemovalRange } from '../../server/src/service/policies/cross/tag-records';
import { parseTagList } from '../../server/src/service/policies/tag-list';


test('BIMI hover: version, tag names, enumerated values and URIs', () => {
  const v = hoverAt('default._bimi TXT "v=BIMI1; l=https://example.com/logo.svg"', 'v=BIMI1')!;
  assert.equal(v.text, 'v=BIMI1');
  assert.match(v.contents, /BIMI Assertion Record/);
  assert.match(v.contents, /draft-brand-indicators-for-message-identification §4\.3/);
  const l = hoverAt('default._bimi TXT "v=BIMI1; l=https://example.com/logo.svg"', 'l=')!;
  assert.match(l.contents, /Location of the logo/);
  assert.match(l.contents, /\(required\)/);
  const uri = hoverAt('default._bimi TXT "v=BIMI1; l=https://example.com/logo.svg"', 'https')!;
  assert.equal(uri.text, 'https://example.com/logo.svg');
  assert.match(uri.contents, /SVG logo served by `example\.com`/);
  const avp = hoverAt('default._bimi TXT "v=BIMI1; l=; avp=personal"', 'personal')!;
  assert.equal(avp.text, 'personal');
  assert.match(avp.contents, /personal avatar/);
  const unknown = hoverAt('default._bimi TXT "v=BIMI1; l=; s=x"', 's=')!;
  assert.match(unknown.contents, /not defined for BIMI records/);
});

test('BIMI completion: version at the start, missing tags, values after =', () => {
  const start = completeAt('default._bimi TXT "|"');
  assert.deepEqual(start.map((i) => i.label), ['v=BIMI1;']);
  const names = completeAt('default._bimi TXT "v=BIMI1; l=https://example.com/logo.svg; |"');
  assert.deepEqual(names.map((i) => i.label).sort(), ['a=', 'avp=', 'lps=']);
  const values = completeAt('default._bimi TXT "v=BIMI1; l=; avp=b|"');
  assert.deepEqual(values.map((i) => i.label), ['brand', 'personal']);
  assert.equal(values[0]!.replaced, 'b');
  const logo = completeAt('default._bimi TXT "v=BIMI1; l=|"');
  assert.equal(logo.length, 1);
  assert.equal(logo[0]!.snippet, true);
  assert.match(logo[0]!.insertText ?? '', /^https:\/\/\$\{1:example\.com\}/);
});

test('MTA-STS TXT hover and completion', () => {
  const id = hoverAt('_mta-sts TXT "v=STSv1; id=20260101"', 'id=')!;
  assert.match(id.contents, /1 to 32 letters and digits/);
  assert.match(id.contents, /RFC 8461 §3\.1/);
  const mode = hoverAt('_mta-sts TXT "v=STSv1; id=1; mode=enforce"', 'mode')!;
  assert.match(mode.contents, /not defined for MTA-STS records/);
  assert.match(mode.contents, /belongs in the policy file/);
  const names = completeAt('_mta-sts TXT "v=STSv1; |"');
  assert.deepEqual(names.map((i) => i.label), ['id=']);
});

test('TLS-RPT hover lists the destinations; completion offers the schemes', () => {
  const rua = hoverAt('_smtp._tls TXT "v=TLSRPTv1; rua=mailto:a@example.com,https://r.example.net/v1"', 'mailto')!;
  assert.match(rua.contents, /`mailto:a@example\.com`: reports by mail/);
  assert.match(rua.contents, /`https:\/\/r\.example\.net\/v1`: reports POSTed over HTTPS/);
  const schemes = completeAt('_smtp._tls TXT "v=TLSRPTv1; rua=mailto:a@example.com, |"');
  assert.deepEqual(schemes.map((i) => i.label), ['mailto:', 'https://']);
  const start = completeAt('_smtp._tls TXT "v|"');
  assert.deepEqual(start.map((i) => [i.label, i.replaced]), [['v=TLSRPTv1;', 'v']]);
});

test('checkVersion: exact tag, wrong case, missing `;`, not first, missing', () => {
  const at = (text: string) => checkVersion(text, parseTagList(text), 'STSv1');
  assert.equal(at('v=STSv1; id=1'), undefined);
  assert.equal(at('v=STSv1 ; id=1'), undefined);
  assert.equal(at('v=STSv1'), undefined);
  assert.deepEqual(at('v=stsv1; id=1'), { kind: 'wrong', start: 0, end: 7, written: 'v=stsv1', replacement: 'v=STSv1' });
  assert.equal(at('v=STSv1 id=1')?.kind, 'unseparated');
  assert.deepEqual(at('id=1; v=STSv1'), { kind: 'not-first', start: 6, end: 13, written: 'v=STSv1', rewrite: 'v=STSv1; id=1' });
  assert.equal(at('id=1')?.kind, 'missing');
  assert.equal(at('v=STSv2; id=1')?.replacement, undefined);
});

test('URI, host name, field name and removal helpers', () => {
  assert.deepEqual(checkUri('https://example.com/a/logo.svg?x=1'), { ok: true, scheme: 'https', host: 'example.com', path: '/a/logo.svg' });
  assert.deepEqual(checkUri('mailto:a@example.com'), { ok: true, scheme: 'mailto' });
  assert.equal((checkUri('example.com/logo.svg') as { problem?: string }).problem, 'no-scheme');
  assert.equal((checkUri('https://192.0.2.1/x') as { problem?: string }).problem, 'bad-host');
  assert.equal((checkUri('mailto:nobody') as { problem?: string }).problem, 'bad-mailbox');
  assert.equal((checkUri('https://a b.example/x') as { problem?: string }).problem, 'bad-char');
  assert.ok(isFqdn('mta-sts.example.com.'));
  assert.ok(!isFqdn('localhost'));
  assert.ok(!isFqdn('192.0.2.1'));
  assert.ok(isExtensionName('my-ext.v2'));
  assert.ok(!isExtensionName('_ext'));
  assert.ok(!isExtensionName('a'.repeat(33)));
  const text = 'v=STSv1; id=1; mode=enforce; max_age=1';
  const tags = parseTagList(text).tags;
  assert.deepEqual(tagRemovalRange(text, tags[2]!), { start: 13, end: 27 });
  assert.deepEqual(tagRemovalRange(text, tags[3]!), { start: 27, end: text.length });
});

test('a huge TXT value parses in linear time (no backtracking)', () => {
  const text = `v=BIMI1; l=https://example.com/${'a'.repeat(200000)}; lps=${'x,'.repeat(50000)}`;
  const started = Date.now();
  const zone = `${HEAD}default._bimi TXT ${Array.from({ length: Math.ceil(text.length / 255) }, (_, i) => `"${text.slice(i * 255, (i + 1) * 255)}"`).join(' ')}\n`;
  const doc = service.parse({ uri: 'file:///t/example.com.zone', text: zone, languageId: 'dns-zone' })!;
  service.validate(doc);
  assert.ok(Date.now() - started < 5000, 'validation took too long');
});
