/** The pure helpers behind some zone rules: date serials, string splitting, RDATA identity. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/service/index';
import { dateSerialProblem } from '../../server/src/service/zone-rules/soa-serial';
import { splitCharString } from '../../server/src/service/zone-rules/string-too-long';
import { rdataKey } from '../../server/src/service/zone-rules/duplicate-record';

const ls = getLanguageService();
function records(text: string) {
  const doc = ls.parse({ uri: 'file:///tmp/helpers.zone', text: `$ORIGIN example.com.\n$TTL 3600\n${text}`, languageId: 'dns-zone' });
  assert.ok(doc);
  return { doc, records: doc.records };
}

test('date serials: impossible dates are found, real dates and counters are not', () => {
  assert.match(dateSerialProblem('2024133101') ?? '', /month 13/);
  assert.match(dateSerialProblem('2023022901') ?? '', /day 29/);
  assert.match(dateSerialProblem('2024043101') ?? '', /day 31/);
  assert.match(dateSerialProblem('2024010001') ?? '', /day 00/);
  assert.equal(dateSerialProblem('2024022901'), undefined); // leap day
  assert.equal(dateSerialProblem('2000022901'), undefined); // 2000 is a leap year
  assert.equal(dateSerialProblem('1900133101'), undefined); // outside the date-serial years
  assert.equal(dateSerialProblem('2000000001'), undefined); // a round counter
  assert.equal(dateSerialProblem('1718000000'), undefined); // a Unix-time serial
  assert.equal(dateSerialProblem('42'), undefined);
  assert.equal(dateSerialProblem('20241301'), undefined); // 8 digits: not YYYYMMDDnn
});

test('splitting a long string copies the source and never splits an escape or a character', () => {
  const body = `${'a'.repeat(254)}\\059${'b'.repeat(3)}`;
  const { doc, records: [txt] } = records(`t TXT "${body}"\n`);
  const cs = txt!.value!.strings[0]!;
  assert.equal(cs.octets, 258);
  assert.equal(splitCharString(doc.text, cs), `"${'a'.repeat(254)}\\059" "bbb"`);
  const emoji = `${'c'.repeat(253)}😀d`;
  const second = records(`t TXT "${emoji}"\n`);
  const cs2 = second.records[0]!.value!.strings[0]!;
  assert.equal(cs2.octets, 258);
  assert.equal(splitCharString(second.doc.text, cs2), `"${'c'.repeat(253)}" "😀d"`);
});

test('an unquoted long string is split into quoted pieces', () => {
  const word = 'k'.repeat(300);
  const { doc, records: [txt] } = records(`t TXT ${word}\n`);
  const cs = txt!.value!.strings[0]!;
  assert.equal(splitCharString(doc.text, cs), `"${'k'.repeat(255)}" "${'k'.repeat(45)}"`);
});

test('RDATA identity: names compare absolute and case-insensitive, strings exactly', () => {
  const { records: rs } = records(
    [
      '@ MX 10 Mail',
      '@ MX 10 mail.example.com.',
      '@ TXT "abc"',
      '@ TXT "ABC"',
      '@ TXT "a" "bc"',
      'k DNSKEY 257 3 13 AbCd EfGh',
      'k DNSKEY 257 3 13 AbCdEfGh',
      'k DNSKEY 257 3 13 abcdefgh',
    ].join('\n') + '\n',
  );
  const keys = rs.map(rdataKey);
  assert.equal(keys[0], keys[1]);
  assert.notEqual(keys[2], keys[3]);
  assert.notEqual(keys[2], keys[4]);
  assert.equal(keys[5], keys[6]);
  assert.notEqual(keys[6], keys[7]);
});
