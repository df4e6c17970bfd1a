/**
 * Rule: dkim/key-not-base64. A `p=` value that is not base64 (RFC 6376 §3.6.1, RFC 4648 §4):
 * a stray character (a `"` left from a broken string split, a `\`, non-ASCII), misplaced or
 * missing `=` padding, or a length no base64 text has. Whitespace is allowed.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf } from '../parse';

export const keyNotBase64 = defineRule({
  code: 'dkim/key-not-base64',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A DKIM key whose `p=` value is not valid base64.',
    why: 'Verifiers cannot decode the key, so every signature with this selector fails. A `"` inside the value usually means the key was split into strings with the quotes inside one string (`"abc\\" \\"def"`).',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo"',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const problem = dkim?.key?.base64Problem;
    if (!dkim || !value || !problem) return;
    const text = value.text;
    const ch = text.slice(problem.offset, problem.end);
    let message: string;
    if (problem.kind === 'bad-char') {
      if (ch === '"') message = 'The key contains a `"`: the key was probably split into strings with the quotes inside one string. Write each part as its own quoted string (`"part1" "part2"`) so the parts join without quotes.';
      else if (ch === '\\') message = 'The key contains a `\\`, which is not base64: remove escapes and line continuations copied into the key.';
      else if (ch === ';' || ch === ',') message = `\`${ch}\` is not base64. The key ends at the first character that is not base64: check for a tag glued to the key.`;
      else {
        const code = ch.charCodeAt(0);
        const shown = code < 0x21 || code > 0x7e ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `\`${ch}\``;
        message = `${shown} is not a base64 character, so verifiers cannot decode the key and every signature with this selector fails. Copy the key again from the signer (letters, digits, \`+\`, \`/\` and \`=\` padding only).`;
      }
    } else if (problem.kind === 'bad-padding') {
      message = 'The base64 padding is wrong: `=` may only end the key, and the key must end with as many `=` as make its length a multiple of 4. The key was probably cut or joined wrongly; copy it again from the signer.';
    } else {
      message = 'The key has a length no base64 text has (one character too many or too few): it was probably cut when it was copied or split. Copy it again from the signer.';
    }
    valueReporter(record, value, context).report(problem.offset, problem.end, message);
  },
});
