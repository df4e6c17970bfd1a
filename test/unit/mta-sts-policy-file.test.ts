/**
 * The MTA-STS policy file: host selection, the parser (LF, CRLF, BOM, blank lines), MX patterns
 * and matching, the policy's domain, hover, completion, symbols, and the cross-check with a
 * zone through the service and through `zonemail check`.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { getLanguageService, type ParsedDocument } from '../../server/src/service/index';
import { parsePolicyFile } from '../../server/src/service/policies/mta-sts/policy-file/parse';
import { checkMxPattern, mxMatches, punycodeEncode, toALabel } from '../../server/src/service/policies/mta-sts/policy-file/mx-pattern';
import { domainFromPath } from '../../server/src/service/policies/mta-sts/policy-file/domain';
import { findFiles } from '../../server/src/cli/walk';
import { checkFiles } from '../../server/src/cli/check';

const service = getLanguageService();
const POLICY = 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmx: *.example.net\nmax_age: 604800\n';

function policy(text: string, uri = 'file:///srv/mta-sts.txt'): ParsedDocument {
  const parsed = service.parse({ uri, text, languageId: 'mta-sts-policy' });
  assert.ok(parsed);
  return parsed;
}

const codes = (doc: ParsedDocument, related: ParsedDocument[] = []) => service.validate(doc, { related }).map((d) => d.code).sort();

test('hosts: mta-sts.txt files and the mta-sts-policy language go to the policy host, zones stay zones', () => {
  assert.equal(service.hostFor({ uri: 'file:///a/.well-known/mta-sts.txt', text: '' })?.id, 'mta-sts-policy');
  assert.equal(service.hostFor({ uri: 'file:///a/MTA-STS.TXT', text: '', languageId: 'plaintext' })?.id, 'mta-sts-policy');
  assert.equal(service.hostFor({ uri: 'untitled:Untitled-1', text: '', languageId: 'mta-sts-policy' })?.id, 'mta-sts-policy');
  assert.equal(service.hostFor({ uri: 'file:///a/mta-sts.txt', text: '', languageId: 'dns-zone' })?.id, 'zone-file');
  assert.equal(service.hostFor({ uri: 'file:///a/example.com.zone', text: '' })?.id, 'zone-file');
  assert.equal(service.hostFor({ uri: 'file:///a/notes.txt', text: 'version: STSv1' }), undefined);
});

test('parser: LF, CRLF and no final newline give the same fields; BOM skipped', () => {
  for (const text of [POLICY, POLICY.replace(/\n/g, '\r\n'), POLICY.trimEnd(), `\ufeff${POLICY}`]) {
    const { policy: p, problems } = parsePolicyFile(text);
    assert.deepEqual(problems, [], JSON.stringify(text));
    assert.deepEqual(p.fields.map((f) => `${f.key}=${f.value}`), ['version=STSv1', 'mode=enforce', 'mx=mail.example.com', 'mx=*.example.net', 'max_age=604800']);
    for (const f of p.fields) assert.equal(text.slice(f.valueRange.start, f.valueRange.end), f.value);
  }
  assert.equal(parsePolicyFile(POLICY.replace(/\n/g, '\r\n')).policy.eol, '\r\n');
  assert.equal(parsePolicyFile(POLICY).policy.eol, '\n');
});

test('parser: values keep inner spaces, lose outer ones; `mode:none` needs no space', () => {
  const { policy: p, problems } = parsePolicyFile('mode:none  \nx-note: a b\t \n');
  assert.deepEqual(problems, []);
  assert.deepEqual(p.fields.map((f) => [f.key, f.value]), [['mode', 'none'], ['x-note', 'a b']]);
});

test('parser: an empty line is reported with an empty range and a fix that removes it; a final newline is not', () => {
  const { problems } = parsePolicyFile('version: STSv1\n\nmode: none\n');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.code, 'mta-sts/policy-blank-line');
  assert.deepEqual(problems[0]!.range, { start: 15, end: 15 });
  assert.deepEqual(problems[0]!.fixes![0]!.edits, [{ range: { start: 15, end: 16 }, newText: '' }]);
});

test('parser: a lone CR and control characters are syntax errors at the character', () => {
  const { problems } = parsePolicyFile('version: STSv1\rmode: none\n');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.code, 'mta-sts/policy-syntax');
  assert.deepEqual(problems[0]!.range, { start: 14, end: 15 });
});

test('a complete policy has no diagnostics; an empty file has the four missing-key errors on line 1', () => {
  assert.deepEqual(codes(policy(POLICY)), []);
  assert.deepEqual(codes(policy('')), ['mta-sts/policy-missing-max-age', 'mta-sts/policy-missing-mode', 'mta-sts/policy-missing-version']);
  assert.deepEqual(codes(policy('version: STSv1\nmode: none\nmax_age: 86400\n')), []);
});

test('the missing-version fix inserts a line in the file’s line ending', () => {
  const doc = policy('mode: none\r\nmax_age: 1\r\n');
  const d = service.validate(doc).find((x) => x.code === 'mta-sts/policy-missing-version')!;
  assert.deepEqual(d.fixes![0]!.edits, [{ range: { start: 0, end: 0 }, newText: 'version: STSv1\r\n' }]);
});

test('mx patterns: syntax', () => {
  for (const ok of ['mail.example.com', '*.example.com', 'mx-1.example.org', 'xn--aca-6ma.com', 'ñaca.com', 'localhost']) assert.equal(checkMxPattern(ok), undefined, ok);
  for (const bad of ['*', '*.', 'mx*.example.com', '*mx.example.com', 'a.*.example.com', '**.example.com', '*.*.example.com', 'mail..example.com', '.example.com', '-a.example.com', 'a-.example.com', 'a_b.example.com', '192.0.2.1', 'a b']) {
    assert.ok(checkMxPattern(bad), bad);
  }
  assert.equal(checkMxPattern('mail.example.com.')?.replacement, 'mail.example.com');
});

test('mx matching: a wildcard stands for exactly one label; case and the root dot do not matter', () => {
  assert.ok(mxMatches('mx1.example.com.', '*.example.com'));
  assert.ok(mxMatches('MX1.Example.COM', '*.example.com'));
  assert.ok(!mxMatches('example.com', '*.example.com'));
  assert.ok(!mxMatches('a.b.example.com', '*.example.com'));
  assert.ok(mxMatches('mail.example.com.', 'mail.example.com'));
  assert.ok(!mxMatches('mail.example.com', 'mail.example.net'));
});

test('punycode (RFC 3492 §7.1 samples) and A-labels', () => {
  assert.equal(punycodeEncode('ñaca'), 'aca-6ma');
  assert.equal(punycodeEncode('bücher'), 'bcher-kva');
  assert.equal(punycodeEncode('他们为什么不说中文'), 'ihqwcrb4cv8a8dqg056pqjye');
  assert.equal(toALabel('Ñaca'), 'xn--aca-6ma');
  assert.equal(toALabel('MAIL'), 'mail');
});

test('the policy domain from the path', () => {
  assert.equal(domainFromPath('file:///srv/www/mta-sts.example.com/.well-known/mta-sts.txt'), 'example.com.');
  assert.equal(domainFromPath('file:///srv/example.org/.well-known/mta-sts.txt'), 'example.org.');
  assert.equal(domainFromPath('file:///srv/site/.well-known/mta-sts.txt'), undefined);
  assert.equal(domainFromPath('file:///srv/example.org/mta-sts.txt'), undefined);
});

const ZONE = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN MX 10 mail',
  '@ IN MX 20 mx2',
  '_mta-sts IN TXT "v=STSv1; id=1"',
  '',
].join('\n');
const OTHER = ['$ORIGIN example.org.', '$TTL 3600', '@ IN MX 10 mail.example.org.', ''].join('\n');

test('cross-check: the domain from the path wins; without it every zone with _mta-sts is checked', () => {
  const zone = service.parse({ uri: 'file:///z/example.com.zone', text: ZONE, languageId: 'dns-zone' })!;
  const other = service.parse({ uri: 'file:///z/example.org.zone', text: OTHER, languageId: 'dns-zone' })!;
  const text = 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n';
  const plain = policy(text);
  const found = service.validate(plain, { related: [zone, other] }).filter((d) => d.code === 'mta-sts/policy-mx-unmatched');
  assert.equal(found.length, 1);
  assert.match(found[0]!.message, /mx2\.example\.com/);
  assert.equal(text.slice(found[0]!.range.start, found[0]!.range.end), 'mail.example.com');
  const at = text.indexOf('max_age');
  assert.deepEqual(found[0]!.fixes![0]!.edits, [{ range: { start: at, end: at }, newText: 'mx: mx2.example.com\n' }]);
  // The path names example.org: its MX is checked, example.com's are not.
  const byPath = policy(text, 'file:///srv/mta-sts.example.org/.well-known/mta-sts.txt');
  const viaPath = service.validate(byPath, { related: [zone, other] }).filter((d) => d.code === 'mta-sts/policy-mx-unmatched');
  assert.deepEqual(viaPath.map((d) => /`(mail\.example\.org)`/.exec(d.message)?.[1]), ['mail.example.org']);
  // No zone, no cross-check.
  assert.deepEqual(codes(plain), []);
  // mode none: nothing to check; testing: the warning twin.
  assert.deepEqual(codes(policy(text.replace('enforce', 'none')), [zone]), []);
  assert.deepEqual(codes(policy(text.replace('enforce', 'testing')), [zone]), ['mta-sts/policy-mx-unmatched-testing']);
});

test('hover: keys, values, max_age as a duration, mx patterns, unknown keys', () => {
  const text = 'version: STSv1\nmode: enforce\nmx: *.example.net\nmax_age: 604800\nMode: x\n';
  const doc = policy(text);
  const at = (needle: string, within = 0) => service.hover(doc, text.indexOf(needle) + within);
  assert.match(at('mode')!.contents, /\*\*mode\*\*/);
  assert.match(at('mode')!.contents, /RFC 8461 §5/);
  assert.match(at('enforce')!.contents, /Do not deliver/);
  assert.match(at('604800')!.contents, /604800 seconds \(1 week\)/);
  assert.match(at('*.example.net')!.contents, /exactly one label/);
  assert.match(at('Mode')!.contents, /did you mean `mode`/);
  assert.equal(at('STSv1')!.range.start, text.indexOf('STSv1'));
});

test('completion: keys not yet written (mx always), then values after the colon', () => {
  const text = 'version: STSv1\nmo\nmode: \n';
  const doc = policy(text);
  const keys = service.complete(doc, text.indexOf('mo\n') + 2).map((i) => i.label);
  assert.deepEqual(keys.sort(), ['max_age', 'mx']);
  const fresh = service.complete(policy('version: STSv1\n'), 15);
  const mode = fresh.find((i) => i.label === 'mode')!;
  assert.equal(mode.insertText, 'mode: ${1|enforce,testing,none|}');
  assert.ok(mode.snippet);
  const values = service.complete(doc, text.lastIndexOf('mode: ') + 6).map((i) => i.label);
  assert.deepEqual(values, ['enforce', 'testing', 'none']);
});

test('symbols: one per line', () => {
  const symbols = service.symbols(policy(POLICY));
  assert.deepEqual(symbols.map((s) => `${s.name} ${s.detail}`), ['version STSv1', 'mode enforce', 'mx mail.example.com', 'mx *.example.net', 'max_age 604800']);
});

test('zonemail check finds .well-known/mta-sts.txt and checks it against the zone of the same run', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-mta-sts-'));
  try {
    fs.mkdirSync(path.join(dir, 'mta-sts.example.com', '.well-known'), { recursive: true });
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, '.git', 'mta-sts.txt'), 'not checked\n');
    fs.writeFileSync(path.join(dir, 'mta-sts.example.com', '.well-known', 'mta-sts.txt'), 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n');
    fs.writeFileSync(path.join(dir, 'example.com.zone'), ZONE);
    const found = findFiles(service, [dir]);
    assert.deepEqual(found.files.map((f) => path.relative(dir, f.absolute)).sort(), ['example.com.zone', path.join('mta-sts.example.com', '.well-known', 'mta-sts.txt')]);
    const result = checkFiles(service, found.files, () => undefined);
    const policyResult = result.checked.find((c) => c.absolute.endsWith('mta-sts.txt'))!;
    assert.deepEqual(policyResult.diagnostics.map((d) => d.code), ['mta-sts/policy-mx-unmatched']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
