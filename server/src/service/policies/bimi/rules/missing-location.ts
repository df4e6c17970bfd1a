/**
 * Rule: bimi/missing-location. The `l=` tag is required in a BIMI record: a logo URI, or empty
 * (with `a=` empty) to decline.
 */
import { defineRule } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { checkedBimi } from '../parse';
import { bimiDraft } from '../tags';

export const bimiMissingLocation = defineRule({
  code: 'bimi/missing-location',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('4.3'),
  docs: {
    what: 'A BIMI record without an `l=` tag (tag names are case-sensitive, so `L=` does not count).',
    why: '`l=` is required. Without it the record is invalid and receivers do not show a logo; `l=;` with `a=;` is the way to decline.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; avp=brand"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg; avp=brand"',
  },
  check(record, context) {
    const b = checkedBimi(record);
    if (!b || b.list.tags.some((t) => t.name === 'l')) return;
    const at = valueReporter(record, record.value!, context);
    const upper = b.list.tags.find((t) => t.name === 'L');
    if (upper) {
      at.report(upper.nameStart, upper.nameEnd, 'BIMI tag names are case-sensitive, so `L=` is not the required `l=` tag and the record is invalid: write `l=`.', [
        at.replace('Write `l=`', upper.nameStart, upper.nameEnd, 'l'),
      ]);
      return;
    }
    const v = b.list.tags[0]!;
    at.report(
      v.start,
      v.end,
      'This BIMI record has no `l=` tag, which is required: add `l=https://<host>/<logo>.svg`, or `l=; a=;` to decline to publish a logo.',
    );
  },
});
