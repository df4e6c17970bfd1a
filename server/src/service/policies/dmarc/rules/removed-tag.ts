/**
 * Rule: dmarc/removed-tag. `pct`, `rf` or `ri`: removed by RFC 9989 (its receivers ignore them)
 * but still honoured by RFC 7489 receivers (RFC 7489 §6.3). Says what replaces each tag; fixes:
 * `pct=0` becomes `t=y` (or gains `t=y` beside it), `pct=100`, `rf` and `ri` go.
 */
import type { Fix } from '../../../model';
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput, fixOf, removeTagFix, tagValue } from '../support';

export const removedTag = defineRule({
  code: 'dmarc/removed-tag',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989),
  docs: {
    what: 'A `pct`, `rf` or `ri` tag, which RFC 9989 removed.',
    why: 'RFC 9989 receivers ignore these tags while RFC 7489 receivers still honour them, so the record means different things to different receivers. `t=y` replaces `pct=0`; reports are daily and in AFRF, so `ri` and `rf` can go.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; pct=100"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    const text = d.dmarc.text;
    for (const name of ['pct', 'rf', 'ri']) {
      const tag = d.dmarc.byName.get(name);
      if (!tag) continue;
      const written = text.slice(tag.start, tag.end);
      const remove = (preferred = true) => removeTagFix(d, tag, `Remove \`${written}\``, preferred);
      let advice: string;
      let fixes: Fix[];
      if (name === 'pct') {
        const pct = /^\d{1,3}$/.test(tag.value) ? Number(tag.value) : undefined;
        const t = tagValue(d.dmarc, 't');
        if (pct === 100) {
          advice = '`pct=100` is the default: remove it.';
          fixes = [remove()];
        } else if (pct === 0 && t === 'y') {
          advice = '`t=y` already says the same to RFC 9989 receivers; keep `pct=0` only while you still want RFC 7489 receivers to hold back.';
          fixes = [remove(false)];
        } else if (pct === 0 && t === undefined) {
          advice = 'RFC 9989 expresses `pct=0` as `t=y` (apply the next weaker policy): replace it with `t=y`, or add `t=y` and keep `pct=0` for RFC 7489 receivers.';
          fixes = [
            d.at.replace('Replace `' + written + '` with `t=y`', tag.start, tag.end, 't=y'),
            fixOf(d, 'Add `t=y` and keep `' + written + '`', [tag.semicolon >= 0 ? { start: tag.semicolon + 1, end: tag.semicolon + 1, text: ' t=y;' } : { start: tag.end, end: tag.end, text: '; t=y' }], false),
          ];
        } else if (pct !== undefined && pct < 100) {
          advice = 'RFC 9989 has no partial roll-out: use `t=y` while testing and remove both once every legitimate source passes.';
          fixes = [d.at.replace('Replace `' + written + '` with `t=y` (testing mode)', tag.start, tag.end, 't=y', false), remove(false)];
        } else {
          advice = 'remove it, and use `t=y` for testing.';
          fixes = [remove(false)];
        }
      } else if (name === 'rf') {
        advice = 'failure reports always use AFRF: remove it.';
        fixes = [remove()];
      } else {
        advice = 'aggregate reports are sent daily: remove it.';
        fixes = [remove(tag.value === '86400')];
      }
      d.at.report(tag.start, tag.end, `\`${name}\` was removed in RFC 9989, whose receivers ignore it (RFC 7489 receivers still apply it); ${advice}`, fixes);
    }
  },
});
