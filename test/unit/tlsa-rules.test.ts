/**
 * TLSA semantics beside `zone/invalid-rdata`: malformed RDATA is reported once (by the zone
 * rule), the TLSA rules add the meaning; hovers name the RFC 7218 mnemonics and recommend
 * `3 1 1` / `2 1 1` for SMTP.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/service/index';
import { checkCertificate, checkSpki } from '../../server/src/service/policies/tlsa/der';
import { tlsaOwner } from '../../server/src/service/policies/tlsa/parse';

const service = getLanguageService();
const D = '0123456789abcdef'.repeat(4);

function codes(rdata: string, owner = '_25._tcp.mail'): string[] {
  const text = `$ORIGIN example.com.\n$TTL 3600\n${owner} IN TLSA ${rdata}\n`;
  const parsed = service.parse({ uri: 'file:///t/example.com.zone', text, languageId: 'dns-zone' })!;
  return service.validate(parsed).map((d) => d.code).filter((c) => c.startsWith('tlsa/') || c === 'zone/invalid-rdata').sort();
}

test('malformed RDATA: zone/invalid-rdata only, no TLSA rule on top', () => {
  assert.deepEqual(codes(`300 1 1 ${D}`), ['zone/invalid-rdata']);
  assert.deepEqual(codes(`3 1 1 ${D}x`), ['zone/invalid-rdata']);
  assert.deepEqual(codes(`3 1 1 ${D}0`), ['zone/invalid-rdata']);
  assert.deepEqual(codes('3 1 1'), ['zone/invalid-rdata']);
  assert.deepEqual(codes('\\# 3 030101'), []);
});

test('semantics: each problem once, with its own code', () => {
  assert.deepEqual(codes(`3 1 1 ${D}`), []);
  assert.deepEqual(codes(`4 1 1 ${D}`), ['tlsa/usage']);
  assert.deepEqual(codes(`1 1 1 ${D}`), ['tlsa/smtp-pkix-usage']);
  assert.deepEqual(codes(`1 1 1 ${D}`, '_443._tcp.www'), []);
  assert.deepEqual(codes(`3 1 2 ${D}`), ['tlsa/data-length']);
  assert.deepEqual(codes(`3 1 1 ${D}`, 'mail'), ['tlsa/owner']);
  assert.deepEqual(codes(`255 255 255 ab`), []);
});

test('a digest split over tokens and lines counts as one', () => {
  assert.deepEqual(codes(`3 1 1 ( ${D.slice(0, 40)}\n  ${D.slice(40)} )`), []);
});

test('owner parts', () => {
  assert.deepEqual(tlsaOwner('_25._tcp.mail.example.com.'), { port: '25', proto: 'tcp', host: 'mail.example.com.' });
  assert.equal(tlsaOwner('mail.example.com.'), undefined);
});

test('DER: garbage, empty and trailing data are rejected', () => {
  assert.ok(checkSpki(new Uint8Array([])));
  assert.ok(checkCertificate(new Uint8Array([0x30, 0x80, 0x00, 0x00])));
  assert.ok(checkSpki(new Uint8Array([0x30, 0x00, 0x00])));
  assert.ok(checkSpki(new Uint8Array([0x30, 0x84, 0xff, 0xff, 0xff, 0xff])));
});

test('hover: mnemonics and the SMTP recommendation', () => {
  const text = `$ORIGIN example.com.\n_25._tcp.mail IN TLSA 1 1 1 ${D}\n`;
  const parsed = service.parse({ uri: 'file:///t/example.com.zone', text, languageId: 'dns-zone' })!;
  const usage = service.hover(parsed, text.indexOf('1 1 1'))!;
  assert.match(usage.contents, /PKIX-EE/);
  assert.match(usage.contents, /3 1 1/);
  assert.match(usage.contents, /RFC 7672/);
});
