/** Hover and completion inside DMARC records. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { completeAt, hoverAt } from '../support/zone-probe';


test('hover on a tag name: meaning, default, RFC 9989 and RFC 7489 links', () => {
  const h = hoverAt('_dmarc TXT "v=DMARC1; p=reject; sp=none"', 'sp=')!;
  assert.equal(h.text, 'sp');
  assert.match(h.contents, /Subdomain policy/);
  assert.match(h.contents, /Default: the value of `p`/);
  assert.match(h.contents, /\[RFC 9989 §4\.7\]\(https:\/\/www\.rfc-editor\.org\/rfc\/rfc9989#section-4\.7\)/);
  assert.match(h.contents, /RFC 7489 §6\.3/);
});

test('hover on p values: meaning and effective policies', () => {
  const none = hoverAt('_dmarc TXT "v=DMARC1; p=none; rua=mailto:d@example.com"', 'none')!;
  assert.equal(none.text, 'none');
  assert.match(none.contents, /Monitoring only/);
  const reject = hoverAt('_dmarc TXT "v=DMARC1; p=reject; sp=quarantine; t=y"', 'reject')!;
  assert.match(reject.contents, /domain `reject`, subdomains `quarantine`, non-existent subdomains `quarantine`/);
  assert.match(reject.contents, /`t=y`: RFC 9989 receivers apply `quarantine` instead of `reject`/);
});

test('hover on pct: removed in RFC 9989, t= replaces it, RFC 7489 meaning computed', () => {
  const name = hoverAt('_dmarc TXT "v=DMARC1; p=reject; pct=25"', 'pct')!;
  assert.match(name.contents, /removed in RFC 9989/);
  assert.match(name.contents, /`t=y`/);
  const value = hoverAt('_dmarc TXT "v=DMARC1; p=reject; pct=25"', '25')!;
  assert.match(value.contents, /apply `reject` to 25% of failing mail and `quarantine` to the rest/);
});

test('hover on fo spells the options out; on rua computes sizes and external destinations', () => {
  const fo = hoverAt('_dmarc TXT "v=DMARC1; p=reject; fo=1:d"', '1:d')!;
  assert.match(fo.contents, /`1`: Send a failure report when any/);
  assert.match(fo.contents, /`d`: Send a failure report when a DKIM signature fails/);
  assert.match(fo.contents, /No `ruf=`/);
  const rua = hoverAt('_dmarc TXT "v=DMARC1; p=reject; rua=mailto:d@reports.example.net!10m"', 'mailto')!;
  assert.match(rua.contents, /reports up to 10 MiB/);
  assert.match(rua.contents, /example\.com\._report\._dmarc\.reports\.example\.net/);
});

test('hover on the version and on new RFC 9989 tags', () => {
  assert.match(hoverAt('_dmarc TXT "v=DMARC1; p=reject"', 'DMARC1')!.contents, /Case-sensitive/);
  assert.match(hoverAt('_dmarc TXT "v=DMARC1; p=reject; np=reject"', 'np')!.contents, /new in RFC 9989/);
  assert.match(hoverAt('_dmarc TXT "v=DMARC1; p=reject; psd=n"', 'psd')!.contents, /tree walk/);
  assert.match(hoverAt('_dmarc TXT "v=DMARC1; p=reject; xyz=1"', 'xyz')!.contents, /not a DMARC tag/);
});

test('completion: the record skeleton in an empty value at _dmarc', () => {
  const items = completeAt('_dmarc TXT "|"');
  assert.equal(items.length, 1);
  assert.equal(items[0]!.snippet, true);
  assert.equal(items[0]!.insertText, 'v=DMARC1; p=${1|none,quarantine,reject|}; rua=mailto:${2:dmarc-reports@example.com}');
  const report = completeAt('example.com._report._dmarc.reports TXT "|"');
  assert.equal(report[0]!.insertText, 'v=DMARC1');
});

test('completion: policy values after p=, sp=, np=, replacing the word typed', () => {
  for (const tag of ['p', 'sp', 'np']) {
    const items = completeAt(`_dmarc TXT "v=DMARC1; ${tag}=re|"`);
    assert.deepEqual(items.map((i) => i.label), ['none', 'quarantine', 'reject'], tag);
    assert.ok(items.every((i) => i.replaced === 're'));
  }
  assert.deepEqual(completeAt('_dmarc TXT "v=DMARC1; p=reject; adkim=|"').map((i) => i.label), ['r', 's']);
  assert.deepEqual(completeAt('_dmarc TXT "v=DMARC1; p=reject; psd=|"').map((i) => i.label), ['y', 'n', 'u']);
  assert.deepEqual(completeAt('_dmarc TXT "v=DMARC1; p=reject; t=|"').map((i) => i.label), ['y', 'n']);
  assert.deepEqual(completeAt('_dmarc TXT "v=DMARC1; p=reject; fo=1:|"').map((i) => i.label), ['0', 'd', 's']);
  assert.equal(completeAt('_dmarc TXT "v=DMARC1; p=reject; rua=|"')[0]!.insertText, 'mailto:dmarc-reports@example.com');
});

test('completion: tag names not yet used, without removed tags', () => {
  const labels = completeAt('_dmarc TXT "v=DMARC1; p=reject; |"').map((i) => i.label);
  assert.ok(!labels.includes('v') && !labels.includes('p'));
  for (const name of ['sp', 'np', 'rua', 'ruf', 'adkim', 'aspf', 'fo', 't', 'psd']) assert.ok(labels.includes(name), name);
  for (const name of ['pct', 'rf', 'ri']) assert.ok(!labels.includes(name), name);
  const item = completeAt('_dmarc TXT "v=DMARC1; p=reject; ad|"').find((i) => i.label === 'adkim')!;
  assert.equal(item.insertText, 'adkim=');
  assert.equal(item.replaced, 'ad');
});
