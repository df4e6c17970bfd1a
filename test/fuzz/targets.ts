/**
 * Fuzz targets shared by the fuzz tier (`test/fuzz/*.test.ts`, a short seeded budget) and
 * `npm run fuzz` (`scripts/fuzz.mjs`, a long one). Each target pairs a fast-check arbitrary with a
 * check that throws on a finding: a parser or feature that throws, a rule that throws (reported
 * through `onRuleError`), a diagnostic, hover or completion range outside the document, a fix
 * whose edits overlap or leave the document, or a re-parse of the fixed text that fails.
 */
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { DocumentInput, FileSystem, OffsetRange, ParsedDocument } from '../../server/src/service/model';
import type { HostAdapter } from '../../server/src/service/hosts/host';
import { getLanguageService } from '../../server/src/service/index';
import { zoneFileHost } from '../../server/src/service/hosts/zone-file';
import { mtaStsPolicyHost } from '../../server/src/service/hosts/mta-sts-policy';
import { terraformHost } from '../../server/src/service/hosts/terraform';
import { cloudFormationHost, octodnsHost, ansibleHost } from '../../server/src/service/hosts/yaml-json/hosts';
import { dnscontrolHost } from '../../server/src/service/hosts/dnscontrol';
import { pulumiHost } from '../../server/src/service/hosts/pulumi';
import { parseSpf, parseMacroString, parseIp4, parseIp6, spfOf, type SpfProblem } from '../../server/src/service/policies/spf/parse';
import { parseDmarc, dmarcOf } from '../../server/src/service/policies/dmarc/parse';
import { parseDkim, dkimOf } from '../../server/src/service/policies/dkim/parse';
import { decodeBase64, readKey, readSpki, describeKey } from '../../server/src/service/policies/dkim/key';
import { bimiRecord } from '../../server/src/service/policies/bimi/parse';
import { mtaStsTxt } from '../../server/src/service/policies/mta-sts/txt-parse';
import { tlsRptRecord } from '../../server/src/service/policies/tls-rpt/parse';
import { tlsaFields, tlsaOwner, hexToBytes } from '../../server/src/service/policies/tlsa/parse';
import { checkSpki, checkCertificate } from '../../server/src/service/policies/tlsa/der';
import { parseTagList } from '../../server/src/service/policies/tag-list';
import { parsePolicyFile } from '../../server/src/service/policies/mta-sts/policy-file/parse';
import { checkMxPattern, mxMatches, punycodeEncode } from '../../server/src/service/policies/mta-sts/policy-file/mx-pattern';
import { SourceMap } from '../../server/src/service/text/source-map';
import { composeMaps } from '../../server/src/service/text/compose-maps';
import { EXAMPLES } from '../support/paths';

export interface FuzzTarget {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<unknown>;
  readonly check: (input: never) => void;
  /** Runs relative to the others (cheap targets get more of a fixed time budget); default 1. */
  readonly scale?: number;
}

const service = getLanguageService();

/** Files an `$INCLUDE` may read while fuzzing (one of them includes itself). */
const files: FileSystem = {
  readFile(uri: string): string | undefined {
    if (uri.endsWith('/keys.zone')) return 'sel._domainkey IN TXT "v=DKIM1; p=MIIB"\n';
    if (uri.endsWith('/loop.zone')) return '$INCLUDE loop.zone\n';
    return undefined;
  },
};

// ---------------------------------------------------------------------------------------------
// Mutations of valid documents

export interface Mutation {
  readonly kind: 'insert' | 'delete' | 'copy' | 'repeat';
  readonly at: number;
  readonly text?: string;
  readonly length?: number;
  readonly from?: number;
}

const SPECIAL = ['"', '\\', ';', '(', ')', '\n', '\r\n', ' ', '=', '${', '}', '{', '[', ']', '#', "'", '`', ':', '.', '-', '0', 'é', '\t', '%', '%{', '\\"', '\\0', '\\255', '/', '*', '&', '!', '|', '@', ',', '<<EOF\n', '\u{1F600}', '\ud800', '\0', '- ', '? '];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), text: fc.constantFrom(...SPECIAL), length: fc.integer({ min: 2, max: 40 }) }),
);

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'repeat') out = out.slice(0, at) + (m.text ?? '').repeat(m.length ?? 2) + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + (m.length ?? 1));
    else {
      const from = out.length === 0 ? 0 : (m.from ?? 0) % out.length;
      out = out.slice(0, at) + out.slice(from, from + (m.length ?? 1)) + out.slice(at);
    }
  }
  return out;
}

/** A valid text mutated a few times. */
function mutated(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 0, maxLength: 8 }))
    .map(([seed, ms]) => mutate(seed, ms));
}

/** Text made of tokens that mean something to the parser, plus arbitrary characters. */
function soup(tokens: readonly string[], maxLength = 40): fc.Arbitrary<string> {
  return fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...tokens, ...SPECIAL) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength }).map((parts) => parts.join(''));
}

/** Arbitrary text, a token soup, or a mutated valid text. */
function inputs(seeds: readonly string[], tokens: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 2, arbitrary: soup(tokens) },
    { weight: 4, arbitrary: mutated(seeds) },
  );
}

// ---------------------------------------------------------------------------------------------
// Document checks

function inside(range: OffsetRange, length: number, what: string): void {
  assert.ok(Number.isInteger(range.start) && Number.isInteger(range.end), `${what}: range ${range.start}-${range.end} is not integral`);
  assert.ok(range.start >= 0 && range.start <= range.end && range.end <= length, `${what}: range ${range.start}-${range.end} outside 0-${length}`);
}

/** Applies non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: readonly { range: OffsetRange; newText: string }[], what: string): string {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i]!.range.start >= sorted[i - 1]!.range.end, `${what}: overlapping edits`);
  }
  let out = text;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i]!;
    inside(e.range, text.length, `${what} edit`);
    out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  }
  return out;
}

function validateStrict(doc: ParsedDocument) {
  const failures: string[] = [];
  const found = service.validate(doc, { related: [], onRuleError: (code, error) => failures.push(`${code}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`) });
  assert.deepEqual(failures, [], `rules threw on ${JSON.stringify(doc.text.slice(0, 400))}`);
  return found;
}

/** Parses, validates, applies fixes, re-parses, and asks every feature at a few offsets. */
export function checkDocument(host: HostAdapter, input: DocumentInput, probes: readonly number[] = [0], fixesToApply = 3): void {
  const doc = host.parse(input, files);
  const text = input.text;
  for (const p of doc.problems) inside(p.range, text.length, `problem ${p.code}`);
  const diagnostics = validateStrict(doc);
  let applied = 0;
  for (const d of diagnostics) {
    inside(d.range, text.length, d.code);
    for (const fix of d.fixes ?? []) {
      const fixed = applyEdits(text, fix.edits, `${d.code} fix "${fix.title}"`);
      if (applied++ < fixesToApply) {
        const again = host.parse({ ...input, text: fixed }, files);
        validateStrict(again);
      }
    }
  }
  if (diagnostics.length > 0) {
    const actions = service.codeActions(doc, { start: 0, end: text.length }, diagnostics);
    for (const a of actions) for (const e of a.edits ?? []) inside(e.range, text.length, `code action ${a.title}`);
  }
  for (const p of probes) {
    const offset = text.length === 0 ? 0 : p % (text.length + 1);
    const h = service.hover(doc, offset);
    if (h?.range) inside(h.range, text.length, 'hover');
    for (const item of service.complete(doc, offset)) {
      if (item.range) inside(item.range, text.length, `completion ${item.label}`);
    }
  }
  for (const s of service.symbols(doc)) {
    inside(s.range, text.length, `symbol ${s.name}`);
    inside(s.selectionRange, text.length, `symbol ${s.name} selection`);
  }
  for (const f of service.folding(doc)) inside(f, text.length, 'folding');
}

// ---------------------------------------------------------------------------------------------
// Hosts: examples and small seeds, mutated

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
const EXAMPLE_FILES = filesUnder(EXAMPLES).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
function examplesOf(...suffixes: string[]): string[] {
  return EXAMPLE_FILES.filter((e) => suffixes.some((s) => e.file.endsWith(s))).map((e) => e.text);
}

const ZONE_SEED = `$ORIGIN example.com.
$TTL 3600
@ IN SOA ns1 hostmaster ( 2024010101 7200 3600 1209600 300 )
@ IN NS ns1
@ IN MX 10 mail
mail IN A 192.0.2.1
@ IN TXT "v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all"
_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:d@example.com"
sel._domainkey IN TXT ( "v=DKIM1; k=rsa; "
  "p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFC" )
$INCLUDE keys.zone
$INCLUDE loop.zone
`;
const POLICY_SEED = 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmx: *.example.net\nmax_age: 604800\n';
const TF_SEED = `resource "aws_route53_record" "spf" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "example.com"
  type    = "TXT"
  ttl     = 300
  records = ["v=spf1 include:\${var.spf} -all", "v=DMARC1; p=none\\"\\"x"]
}
`;

interface HostTarget {
  readonly host: HostAdapter;
  readonly uri: string;
  readonly languageId?: string;
  readonly seeds: readonly string[];
  readonly tokens: readonly string[];
}

function hostTargets(): HostTarget[] {
  const list: HostTarget[] = [
    { host: zoneFileHost, uri: 'file:///fuzz/example.com.zone', seeds: [ZONE_SEED, ...examplesOf('.zone')], tokens: ['$ORIGIN', '$TTL', '$INCLUDE', '$GENERATE', 'IN', 'TXT', 'MX', 'SOA', 'TLSA', '\\#', '@', 'v=spf1'] },
    { host: mtaStsPolicyHost, uri: 'file:///fuzz/.well-known/mta-sts.txt', languageId: 'mta-sts-policy', seeds: [POLICY_SEED], tokens: ['version', 'mode', 'mx', 'max_age', 'STSv1', 'enforce', '*.'] },
    { host: terraformHost, uri: 'file:///fuzz/main.tf', seeds: [TF_SEED, ...examplesOf('.tf')], tokens: ['resource', '"aws_route53_record"', 'records', '=', '<<EOT\n', 'EOT\n', '%{', '${', 'jsonencode(', '"TXT"'] },
    { host: cloudFormationHost, uri: 'file:///fuzz/dns.yaml', seeds: examplesOf('cloudformation/dns.yaml', 'cloudformation/dns.json'), tokens: ['Type:', 'AWS::Route53::RecordSet', 'ResourceRecords:', '!Sub', '!Join', '|', '>-', '&a', '*a'] },
    { host: octodnsHost, uri: 'file:///fuzz/example.com.yaml', seeds: examplesOf('octodns/example.com.yaml'), tokens: ['type:', 'TXT', 'value:', 'values:', '\\;', '|', '>', '- '] },
    { host: ansibleHost, uri: 'file:///fuzz/dns.yml', seeds: examplesOf('ansible/dns.yml'), tokens: ['- name:', 'community.general.nsupdate:', 'value:', '{{', '}}', 'record:', 'type: TXT'] },
    { host: dnscontrolHost, uri: 'file:///fuzz/dnsconfig.js', seeds: examplesOf('dnsconfig.js'), tokens: ['D(', 'TXT(', 'SPF_BUILDER(', 'DMARC_BUILDER(', '`', '${', '+', '/*', '*/', '//'] },
    { host: pulumiHost, uri: 'file:///fuzz/index.ts', seeds: examplesOf('pulumi/index.ts'), tokens: ['new aws.route53.Record(', 'records:', '`', '${', 'as const', '/*', '//', 'import * as aws from "@pulumi/aws";'] },
  ];
  return list.filter((t) => t.seeds.length > 0);
}

function hostTarget(t: HostTarget): FuzzTarget {
  return {
    name: `host ${t.host.id} (${path.basename(t.uri)})`,
    arbitrary: fc.tuple(inputs(t.seeds, t.tokens), fc.array(fc.nat(), { minLength: 2, maxLength: 2 })),
    check: ([text, probes]: [string, number[]]) => checkDocument(t.host, { uri: t.uri, text, ...(t.languageId ? { languageId: t.languageId } : {}) }, probes),
  };
}

// ---------------------------------------------------------------------------------------------
// Records of each kind, in a zone file and through their parsers

/** A value written as one or more quoted zone-file character-strings. */
function quoteZone(value: string, split: number): string {
  const parts: string[] = [];
  const size = Math.max(1, split);
  for (let i = 0; i < value.length || parts.length === 0; i += size) {
    const piece = value.slice(i, i + size).replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\010').replace(/\r/g, '\\013');
    parts.push(`"${piece}"`);
  }
  return parts.length > 1 ? `( ${parts.join('\n  ')} )` : parts[0]!;
}

interface RecordKind {
  readonly name: string;
  readonly owner: string;
  readonly type: string;
  readonly seeds: readonly string[];
  readonly tokens: readonly string[];
  /** Calls the kind's own parsers on the value and on the parsed record. */
  readonly parse: (value: string, doc: ParsedDocument) => void;
}

const RSA = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'der' });
const ED = crypto.generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
const RSA_B64 = RSA.toString('base64');

function spfProblemsInside(problems: readonly SpfProblem[], length: number): void {
  for (const p of problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= length, `spf problem ${p.kind} ${p.start}-${p.end} in ${length}`);
}

const KINDS: readonly RecordKind[] = [
  {
    name: 'SPF',
    owner: '@',
    type: 'TXT',
    seeds: ['v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a:mail.%{d} mx/24//64 include:_spf.example.net exists:%{ir}.%{l1r+-}._spf.%{d} redirect=_spf.example.org exp=explain._spf.%{d} ~all', 'v=spf1 ptr ?all', 'v=spf1 -all'],
    tokens: ['v=spf1', ' ', 'ip4:', 'ip6:', 'a', 'mx', 'ptr', 'include:', 'exists:', 'redirect=', 'exp=', 'all', '-', '~', '?', '+', '%{', '%%', '%_', '%-', 'd', 'i', 'r', '1', '}', '/', '//', '::', '.'],
    parse: (value, doc) => {
      const spf = parseSpf(value);
      spfProblemsInside(spf.problems, value.length);
      const macroProblems: SpfProblem[] = [];
      parseMacroString(value, 0, value.length, macroProblems);
      spfProblemsInside(macroProblems, value.length);
      parseIp4(value);
      parseIp6(value);
      for (const r of doc.records) spfOf(r);
    },
  },
  {
    name: 'DMARC',
    owner: '_dmarc',
    type: 'TXT',
    seeds: ['v=DMARC1; p=reject; sp=quarantine; pct=50; rua=mailto:a@example.com!10m,mailto:b@example.net; ruf=mailto:f@example.com; fo=1:d:s; adkim=s; aspf=r; ri=86400; np=reject; t=y; psd=n'],
    tokens: ['v=DMARC1', ';', 'p=', 'sp=', 'np=', 'rua=', 'ruf=', 'mailto:', '!', 'k', 'm', 'g', 't', ',', 'fo=', 'pct=', 'adkim=', 'aspf=', 'ri=', 'reject', 'none', 'quarantine', '@'],
    parse: (value, doc) => {
      parseDmarc(value);
      for (const r of doc.records) dmarcOf(r);
    },
  },
  {
    name: 'DKIM',
    owner: 'sel._domainkey',
    type: 'TXT',
    seeds: [`v=DKIM1; k=rsa; h=sha256; s=email; t=y:s; n=note; p=${RSA_B64}`, `v=DKIM1; k=ed25519; p=${ED.toString('base64')}`, 'v=DKIM1; p='],
    tokens: ['v=DKIM1', ';', 'k=', 'rsa', 'ed25519', 'p=', 'h=', 's=', 't=', 'n=', 'MIIB', 'A', '=', '==', '+', '/', ' '],
    parse: (value, doc) => {
      parseDkim(value);
      parseTagList(value);
      const b = decodeBase64(value);
      if ('bytes' in b) {
        describeKey(readKey(b.bytes, 'rsa'));
        describeKey(readKey(b.bytes, 'ed25519'));
        readSpki(b.bytes);
      }
      for (const r of doc.records) dkimOf(r);
    },
  },
  {
    name: 'BIMI',
    owner: 'default._bimi',
    type: 'TXT',
    seeds: ['v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem', 'v=BIMI1; l=; a=;'],
    tokens: ['v=BIMI1', ';', 'l=', 'a=', 'https://', 'http://', '.svg', ',', '%', 's='],
    parse: (_value, doc) => {
      for (const r of doc.records) bimiRecord(r);
    },
  },
  {
    name: 'MTA-STS TXT',
    owner: '_mta-sts',
    type: 'TXT',
    seeds: ['v=STSv1; id=20240101T000000;'],
    tokens: ['v=STSv1', ';', 'id=', '20240101', 'T', ' '],
    parse: (_value, doc) => {
      for (const r of doc.records) mtaStsTxt(r);
    },
  },
  {
    name: 'TLS-RPT',
    owner: '_smtp._tls',
    type: 'TXT',
    seeds: ['v=TLSRPTv1; rua=mailto:tls@example.com,https://report.example.com/v1'],
    tokens: ['v=TLSRPTv1', ';', 'rua=', 'mailto:', 'https://', ',', '@', '!'],
    parse: (_value, doc) => {
      for (const r of doc.records) tlsRptRecord(r);
    },
  },
];

function recordTarget(kind: RecordKind): FuzzTarget {
  return {
    name: `record ${kind.name}`,
    arbitrary: fc.tuple(inputs(kind.seeds, kind.tokens), fc.integer({ min: 1, max: 300 }), fc.array(fc.nat(), { minLength: 2, maxLength: 2 })),
    check: ([value, split, probes]: [string, number, number[]]) => {
      const text = `$ORIGIN example.com.\n${kind.owner} 3600 IN ${kind.type} ${quoteZone(value, split)}\n@ IN MX 10 mail\n`;
      const doc = zoneFileHost.parse({ uri: 'file:///fuzz/example.com.zone', text }, files);
      kind.parse(value, doc);
      checkDocument(zoneFileHost, { uri: 'file:///fuzz/example.com.zone', text }, probes);
    },
  };
}

const TLSA_HEX = crypto.createHash('sha256').update('fuzz').digest('hex');
const tlsaTarget: FuzzTarget = {
  name: 'record TLSA',
  arbitrary: fc.tuple(
    inputs(['_25._tcp.mail', '_443._tcp.www', '*._tcp'], ['_25', '_tcp', '_udp', '.', '*', '_']),
    inputs([`3 1 1 ${TLSA_HEX}`, `3 0 0 ${RSA.toString('hex')}`, `2 0 1 ${TLSA_HEX.toUpperCase()}`, `\\# 3 030101`], ['0', '1', '2', '3', '255', ' ', 'ab', 'AB', 'zz', '(', ')', '\\#']),
    fc.uint8Array({ maxLength: 300 }),
    fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
  ),
  check: ([owner, rdata, bytes, probes]: [string, string, Uint8Array, number[]]) => {
    tlsaOwner(owner);
    hexToBytes(rdata);
    checkSpki(bytes);
    checkCertificate(bytes);
    const text = `$ORIGIN example.com.\n${owner.replace(/[\s;()"]/g, '')  || '@'} 3600 IN TLSA ${rdata}\n`;
    const doc = zoneFileHost.parse({ uri: 'file:///fuzz/example.com.zone', text }, files);
    for (const r of doc.records) tlsaFields(r);
    checkDocument(zoneFileHost, { uri: 'file:///fuzz/example.com.zone', text }, probes);
  },
};

/** The DKIM key reader on arbitrary bytes and on real keys with bytes flipped, cut or grown. */
const keyReaderTarget: FuzzTarget = {
  name: 'DKIM key reader',
  scale: 10,
  arbitrary: fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc.tuple(fc.constantFrom(RSA, ED), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(), fc.boolean()).map(([key, flips, cut, grow]) => {
      const bytes = new Uint8Array(key);
      for (const [at, value] of flips) bytes[at % bytes.length] = value;
      const end = grow ? bytes.length : bytes.length - (cut % (bytes.length + 1));
      return grow ? new Uint8Array([...bytes, ...bytes.slice(0, cut % 64)]) : bytes.slice(0, end);
    }),
  ),
  check: (bytes: Uint8Array) => {
    describeKey(readKey(bytes, 'rsa'));
    describeKey(readKey(bytes, 'ed25519'));
    readSpki(bytes);
    const b64 = Buffer.from(bytes).toString('base64');
    const decoded = decodeBase64(b64);
    assert.ok('bytes' in decoded, 'valid base64 decodes');
    assert.deepEqual(Buffer.from(decoded.bytes), Buffer.from(bytes), 'base64 round trip');
  },
};

const tagListTarget: FuzzTarget = {
  name: 'tag list',
  scale: 10,
  arbitrary: inputs(['v=DKIM1; k=rsa; p=abc;', 'a = b ; c=d'], ['=', ';', ' ', '\t', 'v', 'p', '_', '1']),
  check: (value: string) => {
    const list = parseTagList(value);
    for (const t of list.tags) assert.ok(t.start >= 0 && t.start <= t.end && t.end <= value.length && t.valueEnd <= value.length, 'tag inside value');
    for (const p of list.problems) assert.ok(p.start >= 0 && p.start <= p.end && p.end <= value.length, `tag problem ${p.kind}`);
  },
};

const policyFileTarget: FuzzTarget = {
  name: 'MTA-STS policy file parser',
  scale: 10,
  arbitrary: inputs([POLICY_SEED, POLICY_SEED.replace(/\n/g, '\r\n')], ['version:', 'mode:', 'mx:', 'max_age:', 'STSv1', '*.', 'xn--', '\r\n', ':']),
  check: (text: string) => {
    const { problems } = parsePolicyFile(text);
    for (const p of problems) assert.ok(p.range.start >= 0 && p.range.start <= p.range.end && p.range.end <= text.length, `policy problem ${p.code}`);
    checkMxPattern(text);
    mxMatches(text, '*.example.com');
    mxMatches('mail.example.com', text);
    punycodeEncode(text);
  },
};

// ---------------------------------------------------------------------------------------------
// Source maps

interface Piece {
  readonly atomic: boolean;
  readonly valueLength: number;
  readonly docLength: number;
  readonly gap: number;
}

const piece = fc.record({ atomic: fc.boolean(), valueLength: fc.integer({ min: 1, max: 6 }), docLength: fc.integer({ min: 1, max: 6 }), gap: fc.integer({ min: 0, max: 3 }) });

/** A map whose pieces are laid out in value and document order; returns it and its document length. */
function buildMap(pieces: readonly Piece[], fallback: number): { map: SourceMap; docLength: number; valueLength: number } {
  const map = new SourceMap(fallback);
  let value = 0;
  let doc = fallback;
  for (const p of pieces) {
    doc += p.gap;
    if (p.atomic) {
      map.addEscape(value, p.valueLength, doc, doc + p.docLength);
      value += p.valueLength;
      doc += p.docLength;
    } else {
      map.addLiteral(value, doc, p.valueLength);
      value += p.valueLength;
      doc += p.valueLength;
    }
  }
  map.setEnd(doc);
  return { map, docLength: doc + 1, valueLength: value };
}

const sourceMapTarget: FuzzTarget = {
  name: 'source maps (and their composition)',
  scale: 10,
  arbitrary: fc.tuple(fc.array(piece, { maxLength: 12 }), fc.array(piece, { maxLength: 12 }), fc.integer({ min: 0, max: 5 }), fc.array(fc.integer({ min: -2, max: 80 }), { minLength: 4, maxLength: 4 })),
  check: ([outerPieces, innerPieces, fallback, probes]: [Piece[], Piece[], number, number[]]) => {
    const outer = buildMap(outerPieces, fallback);
    // The inner layer's document is the outer layer's value.
    const inner = buildMap(innerPieces.filter((_, i) => i < 12), 0);
    const maps = [outer, inner.valueLength > 0 && inner.docLength - 1 <= outer.valueLength ? { ...inner, map: composeMaps(inner.map, outer.map), docLength: outer.docLength } : undefined];
    for (const m of maps) {
      if (!m) continue;
      const [a, b, c, d] = probes as [number, number, number, number];
      const lo = Math.max(0, Math.min(a, b));
      const hi = Math.min(m.valueLength, Math.max(a, b));
      for (const r of m.map.toDocRanges(lo, hi)) {
        assert.ok(r.start <= r.end, `doc range ${r.start}-${r.end} reversed`);
        assert.ok(r.start >= 0 && r.end <= m.docLength, `doc range ${r.start}-${r.end} outside 0-${m.docLength}`);
      }
      const span = m.map.toDocSpan(lo, hi);
      assert.ok(span.start <= span.end, 'span reversed');
      const at = m.map.toDocOffset(c, 'start');
      const atEnd = m.map.toDocOffset(c, 'end');
      assert.ok(at >= 0 && atEnd >= at, 'doc offset order');
      const back = m.map.toValueOffset(d);
      if (back !== undefined) assert.ok(back >= 0 && back <= m.valueLength, `value offset ${back} outside 0-${m.valueLength}`);
      // Round trip: the first document offset of each value offset maps back to it (or to its escape).
      for (let v = 0; v < m.valueLength; v++) {
        const docAt = m.map.toDocOffset(v, 'start');
        const v2 = m.map.toValueOffset(docAt);
        assert.ok(v2 !== undefined && v2 <= v, `round trip ${v} -> ${docAt} -> ${v2}`);
      }
    }
  },
};

// ---------------------------------------------------------------------------------------------
// Incremental re-parse and validation

const ZONE_TOKENS = ['$ORIGIN', '$TTL', '$INCLUDE keys.zone', 'IN', 'TXT', 'MX', 'SOA', 'CNAME', '\\#', '@', '"v=spf1 +all"', '( ', ' )', '\n', '\r\n', '\t', ';', '"', '\\'];

/** One edit: where (a fraction of the length), how much to delete, what to insert. */
const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 12 }), soup(ZONE_TOKENS, 6));

const incrementalTarget: FuzzTarget = {
  name: 'incremental re-parse and validation (zone file)',
  arbitrary: fc.tuple(inputs([ZONE_SEED, ...examplesOf('.zone')], ZONE_TOKENS), fc.array(edit, { minLength: 1, maxLength: 6 })),
  check: ([start, edits]: [string, [number, number, string][]]) => {
    const withFiles = getLanguageService({ fileSystem: files });
    const uri = 'file:///fuzz/example.com.zone';
    let text = start;
    let doc = withFiles.parse({ uri, text, languageId: 'dns-zone' }, true)!;
    let state = withFiles.validateIncremental(doc, {}, undefined).state;
    for (const [where, remove, insert] of edits) {
      const at = Math.floor(where * text.length);
      text = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + remove));
      const input = { uri, text, languageId: 'dns-zone', version: 2 };
      doc = withFiles.reparse(doc, input, true)!;
      const result = withFiles.validateIncremental(doc, {}, state);
      state = result.state;
      const full = withFiles.validate(withFiles.parse(input, true)!);
      const key = (list: readonly { range: unknown; code: string; message: string }[]) => list.map((d) => JSON.stringify([d.range, d.code, d.message])).sort();
      if (key(result.diagnostics).join('\n') !== key(full).join('\n')) {
        throw new Error(`incremental diagnostics differ from a full check after an edit at ${at} (-${remove} +${JSON.stringify(insert)}) of ${JSON.stringify(text.slice(0, 400))}`);
      }
    }
  },
  scale: 0.5,
};

/** Every target, in a stable order. */
export function fuzzTargets(): FuzzTarget[] {
  return [
    ...hostTargets().map(hostTarget),
    incrementalTarget,
    ...KINDS.map(recordTarget),
    tlsaTarget,
    keyReaderTarget,
    tagListTarget,
    policyFileTarget,
    sourceMapTarget,
  ];
}
