/**
 * Incremental re-parse and validation: after every one of thousands of seeded random edits
 * (typing, deleting, joining and splitting lines, parentheses, quotes, disable comments,
 * directives, duplicated and moved records), the re-parsed document and its incremental
 * diagnostics equal a fresh parse and a full validation of the same text.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService, type ParsedDocument, type ServiceDiagnostic, type ValidationState } from '../../server/src/service/index';
import { EXAMPLES, ROOT } from '../support/paths';

const service = getLanguageService();

/** A small seeded PRNG (mulberry32): the same edits on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  '\n', ' ', '\t', '(', ')', '"', ';', '\\', '0', '9', 'x', '.', '@', '\n\t', '\n; zonemail-disable-next-line\n',
  '\n; zonemail-disable-next-line zone/duplicate-record spf/pass-all\n', 'www 300 IN A 192.0.2.1\n', '\tIN TXT "v=spf1 +all"\n',
  'mail IN CNAME www\n', '@ MX 10 mail\n', '_dmarc TXT "v=DMARC1; p=none"\n', '$TTL 600\n', '$ORIGIN sub.example.com.\n',
  'x IN TXT ( "a"\n "b" )\n', 'bad IN AX 1.2.3.4\n', '600 A 192.0.2.9\n', ' IN', ' 3600', ' TXT "v=spf1 -all"',
];

function edit(text: string, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const at = Math.floor(random() * (text.length + 1));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEndRaw = text.indexOf('\n', at);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw + 1;
  switch (Math.floor(random() * 8)) {
    case 0:
    case 1:
      return text.slice(0, at) + pick(SNIPPETS) + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 3)));
    case 3: // delete a line
      return text.slice(0, lineStart) + text.slice(lineEnd);
    case 4: // duplicate a line
      return text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
    case 5: {
      // flip a digit
      const m = /[0-9]/.exec(text.slice(at, at + 40));
      if (!m) return text.slice(0, at) + '1' + text.slice(at);
      const i = at + m.index;
      return text.slice(0, i) + String((Number(text[i]) + 1) % 10) + text.slice(i + 1);
    }
    case 6: // replace a run
      return text.slice(0, at) + pick(SNIPPETS) + text.slice(Math.min(text.length, at + Math.floor(random() * 20)));
    default: {
      // move a line elsewhere
      const line = text.slice(lineStart, lineEnd);
      const rest = text.slice(0, lineStart) + text.slice(lineEnd);
      const to = rest.lastIndexOf('\n', Math.floor(random() * rest.length)) + 1;
      return rest.slice(0, to) + line + rest.slice(to);
    }
  }
}

const range = (r: { start: number; end: number } | undefined): string => (r ? `${r.start}-${r.end}` : '-');

/** Everything of a parsed document that rules and features read, as one comparable value. */
function shape(doc: ParsedDocument): unknown {
  return {
    records: doc.records.map((r) =>
      [
        r.owner, r.ownerText, range(r.ownerRange), r.ttl, range(r.ttlRange), r.rrClass, r.type, range(r.typeRange), range(r.range),
        r.origin, r.generic, r.rdata.map((t) => `${t.raw}@${range(t.range)}:${t.cs.value}`).join(' '), r.value?.text,
        r.value ? r.value.map.toDocSpan(0, r.value.text.length) : undefined, r.suppressed ? [...r.suppressed].sort().join(',') : '',
      ].map((x) => JSON.stringify(x) ?? '').join('|'),
    ),
    problems: doc.problems.map((p) => JSON.stringify(p)).sort(),
    groups: doc.groups.map(range).sort(),
    directives: doc.directives.map((d) => JSON.stringify(d)),
    zoneOrigin: doc.zoneOrigin,
  };
}

const normal = (list: readonly ServiceDiagnostic[]): string[] => list.map((d) => JSON.stringify(d)).sort();

/** A zone like the ones operators keep: many owners, mail policies, blank owners, multi-line records. */
function generatedZone(records: number, random: () => number): string {
  const lines = ['$ORIGIN example.com.', '$TTL 3600', '@ IN SOA ns1 hostmaster ( 2024010101 7200 3600 1209600 3600 )', '  IN NS ns1', '  IN NS ns2', 'ns1 IN A 192.0.2.53', 'ns2 IN A 192.0.2.54'];
  for (let i = 0; i < records; i++) {
    const n = Math.floor(random() * records);
    switch (i % 9) {
      case 0:
        lines.push(`h${n} ${random() < 0.3 ? '600 ' : ''}IN A 192.0.2.${n % 250}`);
        break;
      case 1:
        lines.push(`	IN AAAA 2001:db8::${n.toString(16)}`);
        break;
      case 2:
        lines.push(`d${n} MX 10 mx${n % 7}`, `mx${n % 7} A 198.51.100.${n % 250}`);
        break;
      case 3:
        lines.push(`d${n} TXT "v=spf1 ip4:198.51.100.0/24 include:_spf.d${(n + 1) % records} ${random() < 0.1 ? '+all' : '-all'}"`);
        break;
      case 4:
        lines.push(`_spf.d${n} TXT "v=spf1 ${random() < 0.2 ? 'ptr ' : ''}a mx -all"`);
        break;
      case 5:
        lines.push(`_dmarc.d${n} TXT "v=DMARC1; p=${random() < 0.3 ? 'none' : 'reject'}; rua=mailto:dmarc@d${n}.example.com"`);
        break;
      case 6:
        lines.push(`s1._domainkey.d${n} TXT ( "v=DKIM1; k=rsa; "`, `	"p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC${n}" )`);
        break;
      case 7:
        lines.push(`w${n} CNAME h${(n * 7) % records}`);
        break;
      default:
        lines.push(`; a comment about d${n}`, `d${n} 300 TXT "google-site-verification=${n}"`);
    }
  }
  return lines.join('\n') + '\n';
}

interface Case {
  readonly name: string;
  readonly text: string;
  /** How many of the edits must be re-parsed incrementally (the glued fixtures are full of directives). */
  readonly minIncremental: number;
}

function texts(): Case[] {
  const out: Case[] = [
    { name: 'example.com.zone', text: fs.readFileSync(path.join(EXAMPLES, 'example.com.zone'), 'utf8'), minIncremental: 60 },
    { name: 'generated zone', text: generatedZone(400, prng(7)), minIncremental: 60 },
    { name: 'generated zone with CRLF line ends', text: generatedZone(300, prng(9)).replace(/\n/g, '\r\n'), minIncremental: 60 },
  ];
  const fixtures = path.join(ROOT, 'test', 'rules', 'fixtures');
  const all: string[] = [];
  for (const group of fs.readdirSync(fixtures).sort()) {
    for (const code of fs.readdirSync(path.join(fixtures, group)).sort()) {
      const file = path.join(fixtures, group, code, 'fires.zone');
      if (fs.existsSync(file)) all.push(fs.readFileSync(file, 'utf8'));
    }
  }
  // Fixtures glued into bigger zones: directives in the middle, many owners and policies.
  for (let i = 0; i < all.length; i += 15) out.push({ name: `fixtures ${i}-${i + 14}`, text: all.slice(i, i + 15).join('\n'), minIncremental: 0 });
  return out;
}

for (const { name, text: start, minIncremental } of texts()) {
  test(`incremental re-parse and validation equal a full run: ${name}`, () => {
    const random = prng(0x5eed ^ start.length);
    const uri = 'file:///zones/example.com.zone';
    let text = start;
    let doc = service.parse({ uri, text, languageId: 'dns-zone' }, true)!;
    let state: ValidationState | undefined = service.validateIncremental(doc, {}, undefined).state;
    let incremental = 0;
    for (let step = 0; step < 120; step++) {
      text = edit(text, random);
      const input = { uri, text, languageId: 'dns-zone', version: step + 1 };
      doc = service.reparse(doc, input, true)!;
      if (doc.change) incremental++;
      const fresh = service.parse(input, true)!;
      assert.deepEqual(shape(doc), shape(fresh), `parse after step ${step}`);
      // Like an editor whose user types faster than the checks run: some versions are never validated.
      if (random() < 0.3) continue;
      const result: { diagnostics: ServiceDiagnostic[]; state: ValidationState } = service.validateIncremental(doc, {}, state);
      state = result.state;
      assert.deepEqual(normal(result.diagnostics), normal(service.validate(fresh)), `diagnostics after step ${step}`);
    }
    // Most edits fall among records and are re-parsed incrementally, not parsed anew.
    assert.ok(incremental >= minIncremental, `only ${incremental} of 120 edits were incremental`);
  });
}

test('the size limit is applied to edited documents, counting only the edited text', () => {
  const uri = 'file:///zones/example.com.zone';
  const base = '$ORIGIN example.com.\n$TTL 3600\n' + 'www IN TXT "plain text"\n'.repeat(40);
  const limit = base.length + 10;
  let doc = service.parse({ uri, text: base, languageId: 'dns-zone' }, true, { maxSize: limit })!;
  assert.equal(doc.skipped, undefined);
  // Five two-octet characters: 5 more UTF-16 units, 10 more octets: exactly at the limit.
  const at = base.indexOf('plain');
  const atLimit = base.slice(0, at) + 'ééééé' + base.slice(at);
  doc = service.reparse(doc, { uri, text: atLimit, languageId: 'dns-zone', version: 2 }, true, { maxSize: limit })!;
  assert.equal(doc.skipped, undefined);
  // One more: over the limit.
  const over = atLimit.slice(0, at) + 'é' + atLimit.slice(at);
  doc = service.reparse(doc, { uri, text: over, languageId: 'dns-zone', version: 3 }, true, { maxSize: limit })!;
  assert.equal(doc.skipped, 'too-large');
  assert.equal(doc.problems[0]?.code, 'zone/too-large');
  // Back under it: parsed again.
  doc = service.reparse(doc, { uri, text: atLimit, languageId: 'dns-zone', version: 4 }, true, { maxSize: limit })!;
  assert.equal(doc.skipped, undefined);
  assert.ok(doc.records.length > 0);
});

/** Small zones where one edit changes a lot: SOA and apex records, includes, failed entries. */
const DENSE_BASES = [
  '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ NS ns1\nns1 A 192.0.2.53\nwww A 192.0.2.80\n',
  '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ NS ns1\nns1 A 192.0.2.53\nwww A 192.0.2.80\nfoo.example.net. A 192.0.2.1\n',
  '$TTL 3600\nwww A 192.0.2.80\nfoo.example.net. A 192.0.2.1\n@ MX 10 mx1\n',
  '$ORIGIN example.com.\n$TTL 3600\n$INCLUDE inc/soa.zone\nwww A 192.0.2.80\n@ CNAME x.example.net.\n',
  '$ORIGIN example.com.\n$TTL 3600\n$INCLUDE inc/other-soa.zone other.example.\nwww A 192.0.2.80\nother.example. CNAME x.example.net.\n',
];
const DENSE_SNIPPETS = [
  '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n', 'sub IN SOA ns1 hostmaster 2 7200 3600 1209600 3600\n', 'x.example.net. IN SOA a b 1 2 3 4 5\n',
  '@ IN CNAME x.example.net.\n', 'www.example.net. A 192.0.2.1\n', '@ IN NS ns1\n', 'sub NS ns1\n', '@ MX 0 .\n', 'parked MX 0 .\n', 'parked TXT "v=spf1 -all"\n',
  '_dmarc.parked TXT "v=DMARC1; p=reject"\n', '_dmarc TXT "v=DMARC1; p=none; sp=reject"\n', '_mta-sts TXT "v=STSv1; id=1"\n', '_mta-sts.a TXT "hello"\n', 'mta-sts A 192.0.2.9\n',
  '_smtp._tls TXT "v=TLSRPTv1; rua=mailto:a@example.com"\n', '@ MX 10 mx1\n', '@ MX 20 mx2\n', 'mx1 A 192.0.2.1\n', ' _25._tcp.mx2 CNAME _25._tcp.mx1\n',
  '_25._tcp.mx1 TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n', '\n', ';', ' ', 'x', '0', '.', '$ORIGIN sub.example.com.\n', '$INCLUDE inc/soa.zone\n',
];
const INCLUDED: Record<string, string> = {
  'file:///zones/inc/soa.zone': '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\ncname IN CNAME x.example.net.\n',
  'file:///zones/inc/other-soa.zone': '$ORIGIN other.example.\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ IN MX 10 mx1\n',
};

test('incremental re-parse and validation equal a full run on small zones where one edit changes much', () => {
  const withIncludes = getLanguageService({ fileSystem: { readFile: (uri) => INCLUDED[uri] } });
  let incremental = 0;
  for (let seed = 0; seed < 100; seed++) {
    const random = prng(seed + 11);
    let text = DENSE_BASES[seed % DENSE_BASES.length]!;
    const uri = seed % 2 ? 'file:///zones/example.com.zone' : 'file:///zones/db.x';
    let doc = withIncludes.parse({ uri, text, languageId: 'dns-zone' }, true)!;
    let state = withIncludes.validateIncremental(doc, {}, undefined).state;
    for (let step = 0; step < 40; step++) {
      const lineAt = text.lastIndexOf('\n', Math.floor(random() * text.length)) + 1;
      const at = random() < 0.6 ? lineAt : Math.floor(random() * (text.length + 1));
      const k = random();
      if (k < 0.55) text = text.slice(0, at) + DENSE_SNIPPETS[Math.floor(random() * DENSE_SNIPPETS.length)]! + text.slice(at);
      else if (k < 0.8) {
        const end = text.indexOf('\n', lineAt);
        text = text.slice(0, lineAt) + (end < 0 ? '' : text.slice(end + 1));
      } else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 4));
      const input = { uri, text, languageId: 'dns-zone', version: step + 2 };
      doc = withIncludes.reparse(doc, input, true)!;
      if (doc.change) incremental++;
      if (random() < 0.25) continue;
      const result = withIncludes.validateIncremental(doc, {}, state);
      state = result.state;
      const fresh = withIncludes.parse(input, true)!;
      assert.deepEqual(shape(doc), shape(fresh), `parse, seed ${seed} step ${step}`);
      assert.deepEqual(normal(result.diagnostics), normal(withIncludes.validate(fresh)), `diagnostics, seed ${seed} step ${step}`);
    }
  }
  assert.ok(incremental > 2000, `only ${incremental} of 4000 edits were incremental`);
});
