/**
 * Rule: dmarc/invalid-policy. `p`, `sp` or `np` with a value other than `none`, `quarantine` or
 * `reject` (any case). Receivers then treat the record as `p=none` when it has a valid `rua`, and
 * otherwise ignore it (RFC 9989 §4.7 and §4.10.1, RFC 7489 §6.6.3).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { isValidReportUri, uriListOf } from '../parse';
import { editDistance } from '../../../text/edit-distance';
import { POLICY_ORDER } from '../tags';
import { dmarcInput, valueRange } from '../support';

/** The policy a misspelt value most likely meant. */
export function suggestPolicy(value: string): string | undefined {
  const v = value.toLowerCase();
  if (v.length === 0) return undefined;
  for (const p of POLICY_ORDER) if (p.startsWith(v) || v.startsWith(p)) return p;
  for (const p of POLICY_ORDER) if (editDistance(v, p, 2) <= 2) return p;
  return undefined;
}

export const invalidPolicy = defineRule({
  code: 'dmarc/invalid-policy',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A `p=`, `sp=` or `np=` value other than `none`, `quarantine` or `reject`.',
    why: 'An invalid policy does not fall back to the next tag: receivers treat the whole record as `p=none` when it has a valid `rua`, and otherwise ignore it, so nothing is enforced.',
    bad: '_dmarc  TXT  "v=DMARC1; p=rejected"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    for (const name of ['p', 'sp', 'np']) {
      const tag = d.dmarc.byName.get(name);
      if (!tag || POLICY_ORDER.includes(tag.value.toLowerCase())) continue;
      const rua = uriListOf(d.dmarc, 'rua');
      const fallback = rua && rua.uris.some(isValidReportUri) ? 'receivers treat the record as `p=none`' : 'receivers ignore the whole record';
      const suggestion = suggestPolicy(tag.value);
      const r = valueRange(tag);
      d.at.report(
        r.start,
        r.end,
        `${tag.value === '' ? `\`${tag.name}=\` is empty` : `\`${tag.value}\` is not a policy`} and ${fallback}: use \`none\`, \`quarantine\` or \`reject\`.`,
        suggestion ? [d.at.replace(`Change to \`${tag.name}=${suggestion}\``, tag.valueStart, tag.valueEnd, suggestion)] : [],
      );
    }
  },
});
