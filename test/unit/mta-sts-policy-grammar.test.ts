/** The MTA-STS policy TextMate grammar, loaded as VS Code loads it: scopes of keys and values. */
import { before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { ROOT } from '../support/paths';

const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'mta-sts-policy.tmLanguage.json');
const WASM_PATH = path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');
let grammar: textmate.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(WASM_PATH);
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).catch(() => undefined);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.mta-sts-policy' ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const loaded = await registry.loadGrammar('source.mta-sts-policy');
  assert.ok(loaded, 'the grammar loads');
  grammar = loaded;
});

function scopesOf(line: string, text: string): string {
  const tokens = grammar.tokenizeLine(line, textmate.INITIAL).tokens;
  const token = tokens.find((t) => line.slice(t.startIndex, t.endIndex) === text);
  assert.ok(token, `no token ${text} in ${line}`);
  return token.scopes.join(' ');
}

test('keys, known values, numbers, wildcards and extension keys', () => {
  assert.match(scopesOf('version: STSv1', 'version'), /keyword\.other\.key/);
  assert.match(scopesOf('version: STSv1', 'STSv1'), /constant\.language\.version/);
  assert.match(scopesOf('mode: enforce', 'enforce'), /constant\.language\.mode/);
  assert.match(scopesOf('mode: strict', 'strict'), /string\.unquoted/);
  assert.match(scopesOf('max_age: 604800', '604800'), /constant\.numeric/);
  assert.match(scopesOf('mx: *.example.com', '*.'), /keyword\.operator\.wildcard/);
  assert.match(scopesOf('mx: *.example.com', 'example.com'), /entity\.name\.domain/);
  assert.match(scopesOf('x-note: hello', 'x-note'), /variable\.other\.key/);
});
