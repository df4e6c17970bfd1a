/**
 * The injection grammar for TXT values inside other languages' strings, loaded the way VS Code
 * loads it (vscode-textmate over Oniguruma) into a small stand-in host grammar with JavaScript
 * strings: records are highlighted inside strings, the host still ends its strings, and text
 * that is no record is left alone.
 */
import { before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { ROOT } from '../support/paths';

const INJECTION_PATH = path.join(ROOT, 'syntaxes', 'txt-injection.tmLanguage.json');
const WASM_PATH = path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');

/** A stand-in for the JavaScript grammar: strings in three quotes, with escapes. */
const HOST = {
  scopeName: 'source.js',
  patterns: [
    { begin: '"', end: '"', name: 'string.quoted.double.js', patterns: [{ match: '\\\\.', name: 'constant.character.escape.js' }] },
    { begin: "'", end: "'", name: 'string.quoted.single.js', patterns: [{ match: '\\\\.', name: 'constant.character.escape.js' }] },
    {
      begin: '`',
      end: '`',
      name: 'string.template.js',
      patterns: [{ begin: '\\$\\{', end: '\\}', name: 'meta.template.expression.js' }],
    },
    { match: '//.*$', name: 'comment.line.js' },
  ],
};

interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: textmate.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(WASM_PATH);
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { grammars: { scopeName: string; path: string; injectTo?: string[] }[] };
  };
  const contribution = manifest.contributes.grammars.find((g) => g.scopeName === 'source.zonemail.txt-injection');
  assert.ok(contribution, 'package.json contributes the injection grammar');
  for (const scope of ['source.hcl', 'source.terraform', 'source.yaml', 'source.json', 'source.js', 'source.ts']) {
    assert.ok(contribution.injectTo?.includes(scope), `injected into ${scope}`);
  }
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'source.js') return textmate.parseRawGrammar(JSON.stringify(HOST), 'host.json');
      if (scopeName === 'source.zonemail.txt-injection') return textmate.parseRawGrammar(fs.readFileSync(INJECTION_PATH, 'utf8'), INJECTION_PATH);
      return null;
    },
    getInjections: (scopeName: string) => (scopeName === 'source.js' ? ['source.zonemail.txt-injection'] : undefined),
  });
  const loaded = await registry.loadGrammar('source.js');
  assert.ok(loaded);
  grammar = loaded;
});

function tokenize(line: string): Token[] {
  return grammar.tokenizeLine(line, textmate.INITIAL).tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
}

function scopes(tokens: Token[], text: string): readonly string[] {
  const t = tokens.find((x) => x.text === text);
  assert.ok(t, `no token ${JSON.stringify(text)} in ${JSON.stringify(tokens.map((x) => x.text))}`);
  return t.scopes;
}

function has(tokens: Token[], text: string, scope: string): void {
  const s = scopes(tokens, text);
  assert.ok(s.some((x) => x.startsWith(scope)), `${text}: ${s.join(' ')} has no ${scope}`);
}

test('SPF inside a JavaScript string: version, qualifier, mechanisms, arguments', () => {
  const tokens = tokenize('TXT("@", "v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all"),');
  has(tokens, 'spf1', 'constant.language.version.zonemail');
  has(tokens, 'ip4', 'keyword.other.mechanism.spf.zonemail');
  has(tokens, 'include', 'keyword.other.mechanism.spf.zonemail');
  has(tokens, '_spf.example.net', 'variable.parameter.spf.zonemail');
  has(tokens, '-', 'keyword.operator.qualifier.spf.zonemail');
  has(tokens, 'all', 'keyword.other.mechanism.spf.zonemail');
  // The host grammar still closes the string and reads what follows.
  const last = tokens[tokens.length - 1]!;
  assert.equal(last.text, '),');
  assert.ok(!last.scopes.some((s) => s.startsWith('string')), last.scopes.join(' '));
});

test('DMARC and DKIM tags inside single quotes and templates; interpolations end the record', () => {
  const dmarc = tokenize("records: ['v=DMARC1; p=reject; rua=mailto:d@example.com'],");
  has(dmarc, 'DMARC1', 'constant.language.version.zonemail');
  has(dmarc, 'p', 'entity.other.attribute-name.tag.zonemail');
  has(dmarc, 'reject', 'constant.language.zonemail');
  has(dmarc, 'mailto:d@example.com', 'markup.underline.link.zonemail');
  const dkim = tokenize('content: `v=DKIM1; k=rsa; p=${key}`,');
  has(dkim, 'DKIM1', 'constant.language.version.zonemail');
  has(dkim, 'rsa', 'constant.language.zonemail');
  assert.ok(scopes(dkim, '${').includes('meta.template.expression.js'));
});

test('escaped DNS quotes (HCL, JSON) and ordinary strings', () => {
  const hcl = tokenize('rrdatas = ["\\"v=spf1 mx ~all\\""]');
  has(hcl, 'mx', 'keyword.other.mechanism.spf.zonemail');
  has(hcl, '~', 'keyword.operator.qualifier.spf.zonemail');
  const plain = tokenize('const all = "include all the things: a mx";');
  for (const t of plain) assert.ok(!t.scopes.some((s) => s.endsWith('.zonemail')), `${t.text}: ${t.scopes.join(' ')}`);
  const comment = tokenize('// v=spf1 -all');
  for (const t of comment) assert.ok(!t.scopes.some((s) => s.endsWith('.zonemail')), `${t.text}: ${t.scopes.join(' ')}`);
});
