/**
 * Rule: dmarc/partial-pct. `pct` below 100: RFC 7489 receivers apply the policy to only that share
 * of failing mail and the next weaker policy to the rest (RFC 7489 §6.3). RFC 9989 ignores `pct`.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { POLICY_ORDER } from '../tags';
import { dmarcInput, tagValue } from '../support';

export const partialPct = defineRule({
  code: 'dmarc/partial-pct',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(7489, '6.3'),
  docs: {
    what: 'A `pct` below 100: the policy applies to only part of the failing mail at RFC 7489 receivers.',
    why: 'With `pct=50`, half of the mail that fails DMARC gets the next weaker policy (`quarantine` instead of `reject`, `none` instead of `quarantine`), so spoofed mail still gets through; RFC 9989 receivers ignore `pct` altogether.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; pct=50"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { policy: true });
    const tag = d?.dmarc.byName.get('pct');
    if (!d || !tag || !/^\d{1,3}$/.test(tag.value)) return;
    const pct = Number(tag.value);
    if (pct >= 100) return;
    const p = tagValue(d.dmarc, 'p') ?? 'none';
    const rank = POLICY_ORDER.indexOf(p);
    if (rank < 0) return;
    const weaker = rank > 0 ? POLICY_ORDER[rank - 1]! : 'none';
    const share =
      rank === 0
        ? `\`pct=${pct}\` changes nothing with \`p=none\``
        : pct === 0
          ? `with \`pct=0\` RFC 7489 receivers apply \`${weaker}\` instead of \`${p}\` to all failing mail`
          : `RFC 7489 receivers apply \`${p}\` to ${pct}% of failing mail and \`${weaker}\` to the other ${100 - pct}%`;
    d.at.report(tag.valueStart, tag.valueEnd, `${share}; RFC 9989 receivers ignore \`pct\`. Raise it to 100 (remove it) once every legitimate source passes.`);
  },
});
