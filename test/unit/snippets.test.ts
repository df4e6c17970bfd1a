/**
 * Every zone-file snippet, with its placeholders replaced by their defaults, parses as a zone
 * fragment without any error-severity diagnostic (information such as `p=none` is fine).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService } from '../../server/src/service/index';
import { ROOT } from '../support/paths';

interface Snippet {
  readonly prefix: string | string[];
  readonly body: string | string[];
  readonly description: string;
}

const FILE = path.join(ROOT, 'snippets', 'dns-zone.json');
const snippets = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, Snippet>;
const service = getLanguageService();

/** The text a snippet inserts when every placeholder keeps its default (choices: the first). */
export function expandSnippet(body: string): string {
  let out = '';
  let i = 0;
  const read = (stop: string): string => {
    let text = '';
    while (i < body.length && !stop.includes(body[i]!)) {
      const c = body[i]!;
      if (c === '\\' && i + 1 < body.length) {
        text += body[i + 1];
        i += 2;
      } else if (c === '$') {
        text += placeholder();
      } else {
        text += c;
        i++;
      }
    }
    return text;
  };
  const placeholder = (): string => {
    i++; // $
    if (body[i] === '{') {
      i++;
      while (i < body.length && /[0-9]/.test(body[i]!)) i++;
      if (body[i] === ':') {
        i++;
        const text = read('}');
        i++;
        return text;
      }
      if (body[i] === '|') {
        i++;
        const first = read(',|');
        while (i < body.length && body[i] !== '}') i++;
        i++;
        return first;
      }
      i++; // }
      return '';
    }
    while (i < body.length && /[0-9]/.test(body[i]!)) i++;
    return '';
  };
  out = read('');
  return out;
}

test('snippet expansion replaces placeholders by their defaults', () => {
  assert.equal(expandSnippet('\\$TTL ${1:3600} ${2|rsa,ed25519|} p=$3 ${4:a${5:b}c}$0'), '$TTL 3600 rsa p= abc');
});

for (const [name, snippet] of Object.entries(snippets)) {
  test(`snippet "${name}" yields no error`, () => {
    assert.ok(snippet.description.length > 10, 'a description');
    assert.ok((Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix]).every((p) => p.length > 0), 'prefixes');
    const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
    const text = '$ORIGIN example.com.\n$TTL 3600\n' + expandSnippet(body) + '\n';
    const doc = service.parse({ uri: 'file:///s/example.com.zone', text, languageId: 'dns-zone' });
    assert.ok(doc, 'parsed');
    const errors = service.validate(doc).filter((d) => d.severity === 'error');
    assert.deepEqual(
      errors.map((d) => `${d.code}: ${d.message}`),
      [],
      `\n${text}`,
    );
  });
}

test('the DKIM, DMARC, SPF and parked-domain snippets are there', () => {
  const bodies = Object.values(snippets).map((s) => (Array.isArray(s.body) ? s.body.join('\n') : s.body));
  for (const needle of ['k=rsa', 'k=ed25519', 'p=none; rua=mailto:', 'p=reject', 'sp=reject', '"v=spf1 -all"', 'MX\t0 .', 'include:']) {
    assert.ok(bodies.some((b) => b.includes(needle)), `a snippet with ${needle}`);
  }
  const parked = bodies.find((b) => b.includes('"v=spf1 -all"'))!;
  for (const needle of ['MX\t0 .', 'p=reject', 'sp=reject']) assert.ok(parked.includes(needle), `parked domain has ${needle}`);
});
