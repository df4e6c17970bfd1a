/**
 * Rule: dkim/tag-syntax. A key record whose tag list does not parse (RFC 6376 §3.2): a spec
 * without `=`, a bad tag name, a character outside VALCHAR, or an empty spec (`;;`).
 * Verifiers reject the whole record, so every signature with the selector fails.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { valueFix } from '../edits';
import { dkimOf } from '../parse';

function show(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x21 || code > 0x7e ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `\`${c}\``;
}

export const tagSyntax = defineRule({
  code: 'dkim/tag-syntax',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.2'),
  docs: {
    what: 'A DKIM key record whose tag list is malformed: a tag without `=`, a bad tag name, a control or non-ASCII character in a value, or an empty tag between two `;`.',
    why: 'A tag list that does not parse is invalid as a whole (RFC 6376 §3.2): verifiers such as dkimpy reject the key, so every signature with this selector fails.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1;; k ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    if (!dkim || !value) return;
    const text = value.text;
    const at = valueReporter(record, value, context);
    for (const p of dkim.problems) {
      switch (p.kind) {
        case 'missing-equals':
          at.report(p.start, p.end, `\`${text.slice(p.start, p.end)}\` has no \`=\`: every tag is written \`name=value\`, and a malformed tag makes verifiers reject the whole key record. Add the \`=\` or remove the text.`);
          break;
        case 'bad-name':
          at.report(p.start, p.end, `\`${text.slice(p.start, p.end)}\` is not a tag name (a letter, then letters, digits or \`_\`), so verifiers reject the whole key record. Correct the name or remove the tag.`);
          break;
        case 'bad-value':
          // Characters in `p=` are reported by dkim/key-not-base64.
          if (p.tag?.name === 'p') break;
          at.report(p.start, p.end, `${show(text.slice(p.start, p.end))} is not allowed in a tag value (printable ASCII only, RFC 6376 §3.2), so verifiers reject the whole key record. Remove it.`);
          break;
        case 'empty-spec': {
          let start = p.start;
          while (start > 0 && (text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9)) start--;
          if (start === 0 || text.charCodeAt(start - 1) !== 59) start = p.start;
          const fix = valueFix(record, value, 'Remove the extra `;`', [{ start, end: p.end, text: '' }]);
          at.report(p.start, p.end, 'An empty tag between two `;` makes the tag list invalid (RFC 6376 §3.2); strict verifiers such as dkimpy reject the key. Remove the extra `;`.', fix ? [fix] : undefined);
          break;
        }
        default:
          break;
      }
    }
  },
});
