/**
 * Rule: bimi/malformed-tag. A BIMI record is a DKIM-style tag list (RFC 6376 §3.2): every spec
 * is `name=value`, names are letters, digits and `_`, and no tag appears twice; otherwise the
 * whole record is invalid.
 */
import { defineRule } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { checkedBimi } from '../parse';
import { bimiDraft } from '../tags';

export const bimiMalformedTag = defineRule({
  code: 'bimi/malformed-tag',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('4.3'),
  docs: {
    what: 'A BIMI record with a spec that is not `name=value`, a tag name with characters other than letters, digits and `_`, or a tag given twice.',
    why: 'BIMI records follow the DKIM tag-list syntax, where any of these makes the whole record invalid (RFC 6376 §3.2); receivers then show no logo.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/a.svg; l=https://example.com/b.svg"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/a.svg"',
  },
  check(record, context) {
    const b = checkedBimi(record);
    if (!b) return;
    const at = valueReporter(record, record.value!, context);
    const first = b.list.tags[0];
    for (const p of b.list.problems) {
      if (p.tag && p.tag === first && p.kind !== 'duplicate') continue;
      const spec = b.text.slice(p.start, p.end);
      switch (p.kind) {
        case 'missing-equals':
          at.report(p.start, p.end, `\`${spec}\` is not a \`name=value\` tag, which makes the BIMI record invalid: write it as \`name=value\` or remove it.`);
          break;
        case 'bad-name':
          at.report(p.start, p.end, `\`${p.tag?.name ?? spec}\` is not a valid tag name (letters, digits and \`_\`, starting with a letter), which makes the BIMI record invalid: correct or remove the tag.`);
          break;
        case 'bad-value':
          at.report(p.start, p.end, `This character is not allowed in a BIMI tag value (printable ASCII only); percent-encode it in the URI or remove it.`);
          break;
        case 'duplicate':
          at.report(p.start, p.end, `\`${p.tag!.name}=\` appears more than once, which makes the whole BIMI record invalid (RFC 6376 §3.2): keep one.`);
          break;
        default:
          break;
      }
    }
  },
});
