/**
 * Rule: bimi/avatar-preference. `avp=` is `brand` or `personal`, in lower case; receivers may
 * treat any other value as a failing record.
 */
import { defineRule } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { checkedBimi } from '../parse';
import { bimiDraft } from '../tags';

export const bimiAvatarPreference = defineRule({
  code: 'bimi/avatar-preference',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('4.3'),
  docs: {
    what: 'A BIMI `avp=` value other than `brand` or `personal` (the comparison is case-sensitive).',
    why: 'Receivers ignore any other value, and the draft lets them treat the whole record as failing, so the logo may not be shown at all.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg; avp=logo"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg; avp=brand"',
  },
  check(record, context) {
    const b = checkedBimi(record);
    if (!b) return;
    const avp = b.list.tags.find((t) => t.name === 'avp');
    if (!avp || avp.value === 'brand' || avp.value === 'personal') return;
    const at = valueReporter(record, record.value!, context);
    const lower = avp.value.toLowerCase();
    const fixes = lower === 'brand' || lower === 'personal' ? [at.replace(`Write \`${lower}\``, avp.valueStart, avp.valueEnd, lower)] : [];
    const start = avp.value === '' ? avp.start : avp.valueStart;
    at.report(
      start,
      avp.valueEnd,
      `\`avp=\` must be \`brand\` or \`personal\` (lower case); receivers ignore \`${avp.value}\` and may reject the whole record: write \`avp=brand\` or \`avp=personal\`, or remove the tag (the default is \`brand\`).`,
      fixes,
    );
  },
});
