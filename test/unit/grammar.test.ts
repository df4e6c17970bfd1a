/**
 * The TextMate grammar, loaded the way VS Code loads it (vscode-textmate over the Oniguruma
 * wasm): the scopes that a sample zone's tokens get.
 */
import { before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { ROOT } from '../support/paths';

const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'dns-zone.tmLanguage.json');
const WASM_PATH = path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');

interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: textmate.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(WASM_PATH);
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.dns-zone'
        ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH)
        : null,
  });
  const loaded = await registry.loadGrammar('source.dns-zone');
  assert.ok(loaded, 'the grammar loads');
  grammar = loaded;
});

/** Tokenises a document line by line, carrying the rule stack as the editor does. */
function tokenize(text: string): Token[][] {
  let stack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the first token on `line` whose text is exactly `text`. */
function scopesOf(lines: Token[][], line: number, text: string): readonly string[] {
  const token = lines[line]?.find((t) => t.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} on line ${line}: ${JSON.stringify(lines[line]?.map((t) => t.text))}`);
  return token.scopes;
}

function assertScope(lines: Token[][], line: number, text: string, scope: string): void {
  const scopes = scopesOf(lines, line, text);
  assert.ok(
    scopes.some((s) => s === scope || s.startsWith(`${scope}.`)),
    `${JSON.stringify(text)} on line ${line} should have ${scope}, has ${scopes.join(' ')}`,
  );
}

function assertNoScope(lines: Token[][], line: number, text: string, scope: string): void {
  const scopes = scopesOf(lines, line, text);
  assert.ok(
    !scopes.some((s) => s === scope || s.startsWith(`${scope}.`)),
    `${JSON.stringify(text)} on line ${line} should not have ${scope}, has ${scopes.join(' ')}`,
  );
}

const SAMPLE = [
  '$ORIGIN example.com.', // 0
  '$TTL 1h', // 1
  '@ 3600 IN SOA ns1 hostmaster ( ; primary and contact', // 2
  '        2024010101 ; serial', // 3
  '        7200 3600 1209600 300 )', // 4
  '@ IN MX 10 mail.example.com.', // 5
  'mail IN A 192.0.2.25', // 6
  '     IN AAAA 2001:db8::25', // 7
  '@ TXT "v=spf1 ip4:192.0.2.0/24 include:_spf.example.net ~all" ; the policy', // 8
  '_dmarc TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"', // 9
  'note TXT "semi;colon \\"quoted\\" \\059 end"', // 10
  'sel._domainkey IN TXT ( "v=DKIM1; k=rsa; "', // 11
  '    "p=MIIBIjANBgkqh" ) ; key', // 12
  '*.wild 300 in cname www', // 13
  'odd TYPE65534 \\# 2 abcd', // 14
  '_25._tcp.mail IN TLSA 3 1 1 0123ABCD', // 15
  'x IN TXT "spf1 text" ; a note', // 16
  'bad TXT "\\256 over"', // 17
].join('\n');

test('directives and their arguments', () => {
  const lines = tokenize(SAMPLE);
  assertScope(lines, 0, '$ORIGIN', 'keyword.control.directive.dns-zone');
  assertScope(lines, 0, 'example.com.', 'string.unquoted.name.dns-zone');
  assertScope(lines, 1, '$TTL', 'keyword.control.directive.dns-zone');
  assertScope(lines, 1, '1h', 'constant.numeric.ttl.dns-zone');
});

test('owner, TTL, class and type at the start of a record', () => {
  const lines = tokenize(SAMPLE);
  assertScope(lines, 2, '@', 'entity.name.tag.dns-zone');
  assertScope(lines, 2, '@', 'variable.language.origin.dns-zone');
  assertScope(lines, 2, '3600', 'constant.numeric.ttl.dns-zone');
  assertScope(lines, 2, 'IN', 'storage.modifier.class.dns-zone');
  assertScope(lines, 2, 'SOA', 'storage.type.dns-zone');
  assertScope(lines, 6, 'mail', 'entity.name.tag.dns-zone');
  assertScope(lines, 6, 'A', 'storage.type.dns-zone');
  assertScope(lines, 13, '*', 'keyword.operator.wildcard.dns-zone');
  assertScope(lines, 13, '300', 'constant.numeric.ttl.dns-zone');
  assertScope(lines, 13, 'in', 'storage.modifier.class.dns-zone');
  assertScope(lines, 13, 'cname', 'storage.type.dns-zone');
  assertScope(lines, 14, 'TYPE65534', 'storage.type.dns-zone');
  assertScope(lines, 15, 'TLSA', 'storage.type.dns-zone');
});

test('owner-less records and record types are not mistaken for owners', () => {
  const lines = tokenize(SAMPLE);
  assertScope(lines, 7, 'AAAA', 'storage.type.dns-zone');
  assertNoScope(lines, 7, 'AAAA', 'entity.name.tag.dns-zone');
  assertNoScope(lines, 7, 'IN', 'entity.name.tag.dns-zone');
});

test('RDATA: addresses, numbers, names, parentheses across lines, generic RDATA', () => {
  const lines = tokenize(SAMPLE);
  assertScope(lines, 2, '(', 'punctuation.section.parens.begin.dns-zone');
  assertScope(lines, 3, '2024010101', 'constant.numeric.integer.dns-zone');
  assertScope(lines, 4, '1209600', 'constant.numeric.integer.dns-zone');
  assertScope(lines, 4, ')', 'punctuation.section.parens.end.dns-zone');
  assertScope(lines, 5, '10', 'constant.numeric.integer.dns-zone');
  assertScope(lines, 5, 'mail.example.com.', 'string.unquoted.name.dns-zone');
  assertScope(lines, 6, '192.0.2.25', 'constant.numeric.ipv4.dns-zone');
  assertScope(lines, 7, '2001:db8::25', 'constant.numeric.ipv6.dns-zone');
  assertScope(lines, 14, '\\#', 'keyword.other.generic-rdata.dns-zone');
  assertScope(lines, 15, '3', 'constant.numeric.integer.dns-zone');
});

test('comments end the line outside strings, also inside parentheses', () => {
  const lines = tokenize(SAMPLE);
  assertScope(lines, 2, ' primary and contact', 'comment.line.semicolon.dns-zone');
  assertScope(lines, 3, ' serial', 'comment.line.semicolon.dns-zone');
  assertScope(lines, 8, ' the policy', 'comment.line.semicolon.dns-zone');
  assertScope(lines, 12, ' key', 'comment.line.semicolon.dns-zone');
});

test('quoted strings, escapes, and a semicolon inside a string is not a comment', () => {
  const lines = tokenize(SAMPLE);
  assertScope(lines, 10, 'semi;colon ', 'string.quoted.double.dns-zone');
  assertNoScope(lines, 10, 'semi;colon ', 'comment.line.semicolon.dns-zone');
  assertScope(lines, 10, '\\"', 'constant.character.escape.dns-zone');
  assertScope(lines, 10, '\\059', 'constant.character.escape.dns-zone');
  assertScope(lines, 10, ' end', 'string.quoted.double.dns-zone');
  assertScope(lines, 17, '\\256', 'invalid.illegal.escape.dns-zone');
  for (const token of lines[10] ?? []) {
    assert.ok(!token.scopes.some((s) => s.startsWith('comment.')), `no comment on line 10: ${token.text}`);
  }
});

test('SPF inside a TXT string: version, mechanisms, qualifiers, arguments', () => {
  const lines = tokenize(SAMPLE);
  assertScope(lines, 8, 'v', 'keyword.other.version.dns-zone');
  assertScope(lines, 8, 'spf1', 'keyword.other.version.dns-zone');
  assertScope(lines, 8, 'ip4', 'keyword.other.mechanism.spf.dns-zone');
  assertScope(lines, 8, 'ip4', 'string.quoted.double.dns-zone');
  assertScope(lines, 8, '/24', 'constant.numeric.cidr.dns-zone');
  assertScope(lines, 8, 'include', 'keyword.other.mechanism.spf.dns-zone');
  assertScope(lines, 8, '_spf.example.net', 'variable.parameter.spf.dns-zone');
  assertScope(lines, 8, '~', 'keyword.operator.qualifier.spf.dns-zone');
  assertScope(lines, 8, 'all', 'keyword.other.mechanism.spf.dns-zone');
});

test('DMARC and DKIM tags inside TXT strings, also split over lines', () => {
  const lines = tokenize(SAMPLE);
  assertScope(lines, 9, 'DMARC1', 'keyword.other.version.dns-zone');
  assertScope(lines, 9, 'p', 'entity.other.attribute-name.tag.dns-zone');
  assertScope(lines, 9, 'reject', 'constant.language.dns-zone');
  assertScope(lines, 9, 'rua', 'entity.other.attribute-name.tag.dns-zone');
  assertScope(lines, 9, 'mailto:dmarc@example.com', 'markup.underline.link.dns-zone');
  assertScope(lines, 11, 'DKIM1', 'keyword.other.version.dns-zone');
  assertScope(lines, 11, 'k', 'entity.other.attribute-name.tag.dns-zone');
  assertScope(lines, 11, 'rsa', 'constant.language.dns-zone');
  assertScope(lines, 12, 'p', 'entity.other.attribute-name.tag.dns-zone');
  assertScope(lines, 12, 'p', 'string.quoted.double.dns-zone');
});

test('a TXT that only resembles SPF gets no version scope', () => {
  const lines = tokenize(SAMPLE);
  assertNoScope(lines, 16, 'spf1 text', 'keyword.other.version.dns-zone');
  assertScope(lines, 16, ' a note', 'comment.line.semicolon.dns-zone');
});

test('policy words are plain text outside TXT records', () => {
  const lines = tokenize('@ CAA 0 issue "ca.example; account=all"');
  assertScope(lines, 0, 'CAA', 'storage.type.dns-zone');
  const inString = lines[0]?.filter((t) => t.scopes.some((s) => s.startsWith('string.quoted.double'))) ?? [];
  assert.ok(inString.length > 0);
  for (const token of inString) {
    assert.ok(!token.scopes.some((s) => s.startsWith('entity.other.attribute-name') || s.includes('.spf.')), token.text);
  }
});
