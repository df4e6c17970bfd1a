/**
 * The CLI's line index gives the positions an LSP text document gives, for text with and without
 * carriage returns, at every offset (and outside the text).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionsOf } from '../../server/src/cli/line-index';

const texts = [
  '',
  '\n',
  'one line, no break',
  '$ORIGIN example.com.\nwww A 192.0.2.1\n\n\nmail MX 10 mx\n',
  'ends without a break\nsecond',
  'crlf\r\nlines\r\n',
  'lone\rcarriage\r\nmixed\n',
  'é and 𝄞 count as UTF-16 units\nnext',
];

for (const text of texts) {
  test(`positions match the LSP text document: ${JSON.stringify(text.slice(0, 24))}`, () => {
    const expected = TextDocument.create('file:///a.zone', 'dns-zone', 0, text);
    const actual = positionsOf('file:///a.zone', text);
    for (let offset = -2; offset <= text.length + 2; offset++) {
      assert.deepEqual(actual.positionAt(offset), expected.positionAt(offset), `offset ${offset}`);
    }
  });
}
