/** The zone-file scanner and parser: directives, owners, TTL/class order, recovery, includes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService, type FileSystem, type ParsedDocument } from '../../server/src/service/index';

function parse(text: string, uri = 'file:///zones/example.com.zone', fileSystem?: FileSystem): ParsedDocument {
  return getLanguageService(fileSystem ? { fileSystem } : {}).parse({ uri, text, languageId: 'dns-zone' })!;
}

function codes(doc: ParsedDocument): string[] {
  return doc.problems.map((p) => p.code);
}

test('owners: @, relative, absolute, blank and $ORIGIN changes', () => {
  const doc = parse('$TTL 1h\n@ IN A 192.0.2.1\n  IN AAAA 2001:db8::1\nwww A 192.0.2.2\nother.net. A 192.0.2.3\n$ORIGIN sub.example.com.\nhost A 192.0.2.4\n');
  assert.deepEqual(
    doc.records.map((r) => `${r.owner} ${r.type}`),
    ['example.com. A', 'example.com. AAAA', 'www.example.com. A', 'other.net. A', 'host.sub.example.com. A'],
  );
  assert.deepEqual(codes(doc), []);
  assert.equal(doc.zoneOrigin, 'example.com.');
});

test('TTL and class in either order, TTL units, $TTL default', () => {
  const doc = parse('$TTL 2h\na 300 IN A 192.0.2.1\nb IN 1d A 192.0.2.1\nc IN A 192.0.2.1\nd 1W2D CH TXT "x"\n');
  assert.deepEqual(
    doc.records.map((r) => [r.owner, r.ttl, r.rrClass]),
    [
      ['a.example.com.', 300, 'IN'],
      ['b.example.com.', 86400, 'IN'],
      ['c.example.com.', 7200, 'IN'],
      ['d.example.com.', 9 * 86400, 'CH'],
    ],
  );
});

test('parentheses span lines and form folding groups; comments inside are ignored', () => {
  const text = '$TTL 1h\n@ IN SOA ns1 hostmaster (\n  2024010101 ; serial\n  7200 3600 ; refresh retry\n  1209600 3600 )\n';
  const doc = parse(text);
  assert.equal(doc.records.length, 1);
  assert.deepEqual(doc.records[0]!.rdata.map((t) => t.raw), ['ns1', 'hostmaster', '2024010101', '7200', '3600', '1209600', '3600']);
  assert.equal(doc.groups.length, 1);
  assert.equal(text.slice(doc.groups[0]!.start, doc.groups[0]!.end).startsWith('('), true);
  assert.deepEqual(codes(doc), []);
});

test('error recovery: a bad record is reported and later records are still parsed', () => {
  const doc = parse('$TTL 1h\nbad IN BOGUS x\nttl 5q A 192.0.2.1\nok IN A 192.0.2.1\n');
  assert.deepEqual(codes(doc), ['zone/unknown-type', 'zone/invalid-ttl']);
  assert.ok(doc.records.some((r) => r.owner === 'ok.example.com.'));
});

test('an unclosed parenthesis is reported at the "(" and parsing resumes on the next line', () => {
  const text = '$TTL 1h\nwww IN TXT ( "a"\nmail IN A 192.0.2.1\nns IN A 192.0.2.2\n';
  const doc = parse(text);
  const p = doc.problems.find((x) => x.code === 'zone/syntax')!;
  assert.equal(text.slice(p.range.start, p.range.end), '(');
  assert.ok(doc.records.some((r) => r.owner === 'mail.example.com.'));
  assert.ok(doc.records.some((r) => r.owner === 'ns.example.com.'));
});

test('an unterminated quote at the end of the file is one problem, not a crash', () => {
  const doc = parse('$TTL 1h\nt IN TXT "v=spf1 -all');
  assert.deepEqual(codes(doc), ['zone/syntax']);
  assert.equal(doc.records[0]!.value!.text, 'v=spf1 -all');
});

test('RFC 3597: TYPEnnn maps to the mnemonic, generic data is flagged', () => {
  const doc = parse('$TTL 1h\na TYPE1 \\# 4 C0000201\nb TYPE65534 \\# 0\nc CLASS1 TYPE16 "x"\n');
  assert.deepEqual(doc.records.map((r) => [r.type, r.generic, r.rrClass]), [
    ['A', true, 'IN'],
    ['TYPE65534', true, 'IN'],
    ['TXT', false, 'IN'],
  ]);
});

test('escapes: \\DDD above 255 is an error with the escape as range', () => {
  const text = '$TTL 1h\nt IN TXT "ok\\065" "bad\\300"\n';
  const doc = parse(text);
  const p = doc.problems.find((x) => x.code === 'zone/invalid-escape')!;
  assert.equal(text.slice(p.range.start, p.range.end), '\\300');
  assert.equal(doc.records[0]!.value!.text.slice(0, 3), 'okA');
});

test('names: long labels and empty labels are reported on the owner', () => {
  const long = 'a'.repeat(64);
  const doc = parse(`$TTL 1h\n${long} A 192.0.2.1\nx..y A 192.0.2.1\n`);
  assert.deepEqual(codes(doc), ['zone/invalid-name', 'zone/invalid-name']);
});

test('suppression comments silence one code for the next record only', () => {
  const doc = parse('$TTL 1h\n; zonemail-disable-next-line zone/unknown-type\na IN BOGUS x\nb IN BOGUS y\n');
  assert.equal(codes(doc).filter((c) => c === 'zone/unknown-type').length, 1);
});

test('missing $TTL is reported once; missing origin is reported when nothing tells it', () => {
  const doc = parse('www IN A 192.0.2.1\nmail IN A 192.0.2.2\n', 'untitled:Untitled-1');
  assert.deepEqual(codes(doc), ['zone/missing-origin', 'zone/missing-ttl']);
});

test('origin from file names', () => {
  assert.equal(parse('$TTL 1h\n@ A 192.0.2.1\n', 'file:///etc/bind/db.example.org').records[0]!.owner, 'example.org.');
  assert.equal(parse('$TTL 1h\n@ A 192.0.2.1\n', 'file:///z/example.net.zone').records[0]!.owner, 'example.net.');
});

test('$INCLUDE: relative to the file, missing files and loops are reported', () => {
  const files: Record<string, string> = {
    'file:///z/keys.zone': 'k1 IN TXT "v=DKIM1; p="\n',
    'file:///z/loop-a.zone': '$INCLUDE loop-b.zone\n',
    'file:///z/loop-b.zone': '$INCLUDE loop-a.zone\n',
  };
  const fs: FileSystem = { readFile: (u) => files[u] };
  const doc = parse('$ORIGIN example.com.\n$TTL 1h\n$INCLUDE keys.zone\n$INCLUDE nothere.zone\n$INCLUDE loop-a.zone\n', 'file:///z/main.zone', fs);
  assert.deepEqual(doc.includedRecords.map((r) => [r.owner, r.uri]), [['k1.example.com.', 'file:///z/keys.zone']]);
  assert.deepEqual(codes(doc), ['zone/include-missing', 'zone/include-loop']);
});

test('$GENERATE is checked', () => {
  const doc = parse('$TTL 1h\n$GENERATE 1-10 host-$ A 192.0.2.$\n$GENERATE 10-1 host-$ A 192.0.2.$\n$GENERATE 1-2 h${0,x} A 1.2.3.$\n');
  assert.deepEqual(codes(doc), ['zone/invalid-directive', 'zone/invalid-directive']);
});

test('binary content is skipped with one problem', () => {
  const doc = parse('\u0000\u0001\u0002garbage');
  assert.equal(doc.skipped, 'binary');
  assert.deepEqual(codes(doc), ['zone/binary-content']);
});

test('the scanner is linear: deep parentheses, long lines and long backslash runs finish', () => {
  const inputs: [string, string[]][] = [
    ['('.repeat(200_000), ['zone/syntax']],
    [`x IN TXT "${'a'.repeat(1_000_000)}"`, []],
    ['\\'.repeat(500_000), ['zone/syntax']],
    [`${'( "a" '.repeat(50_000)}`, ['zone/syntax']],
  ];
  for (const [text, expected] of inputs) {
    const doc = parse(text);
    // Each finishes, with the problems such text has (an unclosed parenthesis, a line of escapes
    // that is no record), and the long TXT record is one record.
    for (const code of expected) assert.ok(codes(doc).includes(code), `${text.slice(0, 12)}…: ${codes(doc).join(', ')}`);
    if (expected.length === 0) assert.equal(doc.records.length, 1);
  }
});
