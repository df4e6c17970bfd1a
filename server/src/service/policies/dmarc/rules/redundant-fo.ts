/**
 * Rule: dmarc/redundant-fo. `fo` options that add nothing: `0` together with `1` (`1` already
 * reports every case `0` does), or the same option twice (RFC 9989 §4.7).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput, fixOf } from '../support';

export const redundantFo = defineRule({
  code: 'dmarc/redundant-fo',
  severity: 'hint',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'An `fo` option that adds nothing: `0` next to `1`, or an option listed twice.',
    why: '`fo=1` asks for a report when any mechanism fails, which includes the case `fo=0` covers (all fail); the extra option only makes the record harder to read.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; fo=0:1; ruf=mailto:dmarc@example.com"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; fo=1; ruf=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    const tag = d?.dmarc.byName.get('fo');
    if (!d || !tag) return;
    const text = d.dmarc.text;
    const items: { value: string; start: number; end: number }[] = [];
    let i = tag.valueStart;
    for (;;) {
      let colon = text.indexOf(':', i);
      if (colon < 0 || colon >= tag.valueEnd) colon = -1;
      const stop = colon < 0 ? tag.valueEnd : colon;
      items.push({ value: text.slice(i, stop).trim().toLowerCase(), start: i, end: stop });
      if (colon < 0) break;
      i = colon + 1;
    }
    const valid = items.filter((it) => ['0', '1', 'd', 's'].includes(it.value));
    if (valid.length !== items.length) return; // dmarc/invalid-value
    const seen = new Set<string>();
    const has1 = valid.some((it) => it.value === '1');
    for (let k = 0; k < items.length; k++) {
      const it = items[k]!;
      const duplicate = seen.has(it.value);
      seen.add(it.value);
      if (!duplicate && !(it.value === '0' && has1)) continue;
      // Remove the option with the `:` after it, or before it when it is the last one.
      const removal = k < items.length - 1 ? { start: it.start, end: items[k + 1]!.start } : { start: items[k - 1]!.end, end: it.end };
      d.at.report(
        it.start,
        it.end,
        duplicate ? `\`fo\` lists \`${it.value}\` twice: remove the repetition.` : '`fo=1` already asks for a report in every case `fo=0` covers: remove `0`.',
        [fixOf(d, `Remove \`${it.value}\` from \`fo\``, [{ ...removal, text: '' }])],
      );
    }
  },
});
