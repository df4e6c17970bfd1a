/**
 * Rule: bimi/local-part-selectors. `lps=` is a comma-separated list of local-part prefixes,
 * each 1 to 63 letters, digits and `-`; it may be empty.
 */
import { defineRule } from '../../../rules/define-rule';
import { commaItems } from '../../cross/tag-records';
import { valueReporter } from '../../value-edits';
import { checkedBimi } from '../parse';
import { bimiDraft } from '../tags';

export const bimiLocalPartSelectors = defineRule({
  code: 'bimi/local-part-selectors',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('4.5'),
  docs: {
    what: 'A BIMI `lps=` prefix with characters other than letters, digits and `-`, longer than 63 characters, or an empty item in the list.',
    why: 'Local parts are normalised to letters, digits and `-` before they are matched, so a prefix with `_`, `.` or `+` never matches; receivers may reject the record for it.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg; lps=help_desk"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg; lps=help-desk"',
  },
  check(record, context) {
    const b = checkedBimi(record);
    if (!b) return;
    const lps = b.list.tags.find((t) => t.name === 'lps');
    if (!lps || lps.value === '') return;
    const at = valueReporter(record, record.value!, context);
    for (const item of commaItems(lps)) {
      if (item.text === '') {
        at.report(Math.max(lps.valueStart, item.start - 1), Math.min(lps.valueEnd, item.end + 1), 'Empty item in the `lps=` list: remove the extra comma.');
        continue;
      }
      if (item.text.length > 63) {
        at.report(item.start, item.end, `The local-part prefix is ${item.text.length} characters long; at most 63 are allowed (a selector is one DNS label): shorten it.`);
        continue;
      }
      const bad = /[^A-Za-z0-9-]/.exec(item.text);
      if (!bad) continue;
      const normalised = item.text.replace(/[_.]+/g, '-');
      const fixes = /^[A-Za-z0-9-]+$/.test(normalised) ? [at.replace(`Write \`${normalised}\``, item.start, item.end, normalised)] : [];
      at.report(
        item.start,
        item.end,
        `\`${item.text}\` holds \`${bad[0]}\`; local-part prefixes are letters, digits and \`-\` only (receivers turn \`_\` and \`.\` into \`-\` before matching), so it never matches: write \`${normalised}\`.`,
        fixes,
      );
    }
  },
});
