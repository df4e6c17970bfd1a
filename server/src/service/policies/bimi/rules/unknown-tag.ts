/**
 * Rule: bimi/unknown-tag. A tag BIMI does not define is ignored by receivers; often a typo, a
 * wrongly cased name, or `s=` (which belongs in the BIMI-Selector header).
 */
import { defineRule } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { checkedBimi } from '../parse';
import { BIMI_TAG_NAMES, bimiDraft } from '../tags';

export const bimiUnknownTag = defineRule({
  code: 'bimi/unknown-tag',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('4.3'),
  docs: {
    what: 'A tag in a BIMI record other than `v`, `l`, `a`, `avp` and `lps` (names are case-sensitive).',
    why: 'Receivers ignore unknown tags, so whatever it was meant to say has no effect. `s=` is the selector of the BIMI-Selector message header, not a record tag.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg; s=brand"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg"',
  },
  check(record, context) {
    const b = checkedBimi(record);
    if (!b) return;
    const at = valueReporter(record, record.value!, context);
    for (let i = 1; i < b.list.tags.length; i++) {
      const tag = b.list.tags[i]!;
      if (BIMI_TAG_NAMES.has(tag.name) || tag.name === 'L' || tag.name.toLowerCase() === 'v') continue;
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(tag.name)) continue; // bimi/malformed-tag reports it
      const lower = tag.name.toLowerCase();
      if (BIMI_TAG_NAMES.has(lower)) {
        at.report(tag.nameStart, tag.nameEnd, `BIMI tag names are case-sensitive, so receivers ignore \`${tag.name}=\`: write \`${lower}=\`.`, [
          at.replace(`Write \`${lower}\``, tag.nameStart, tag.nameEnd, lower),
        ]);
        continue;
      }
      const hint = lower === 's' ? ' The selector goes in the BIMI-Selector header of the message (`v=BIMI1; s=<selector>`) and in the owner name of this record, not in the record.' : '';
      at.report(tag.nameStart, tag.nameEnd, `BIMI does not define \`${tag.name}=\`, so receivers ignore it: remove it or correct the name (\`l\`, \`a\`, \`avp\`, \`lps\`).${hint}`);
    }
  },
});
