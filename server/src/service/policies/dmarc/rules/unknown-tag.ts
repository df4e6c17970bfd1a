/**
 * Rule: dmarc/unknown-tag. A tag DMARC does not define: receivers ignore it (RFC 9989 §4.7).
 * When the name is close to a DMARC tag (`ruaa`, `adkm`), the fix renames it.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { DMARC_TAGS, dmarcTag } from '../tags';
import { editDistance } from '../../../text/edit-distance';
import { dmarcInput } from '../support';

function validName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const alpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alpha && (i === 0 || !((c >= 48 && c <= 57) || c === 95))) return false;
  }
  return true;
}

/** The DMARC tag a misspelt name most likely meant. */
export function suggestTag(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const t of DMARC_TAGS) {
    if (t.removed) continue;
    const limit = Math.min(t.name.length, lower.length) >= 3 ? 2 : 1;
    const dist = editDistance(lower, t.name, limit);
    if (dist <= limit && dist < bestDistance && !(t.name.length === 1 && lower.length > 2)) {
      best = t.name;
      bestDistance = dist;
    }
  }
  return best;
}

export const unknownTag = defineRule({
  code: 'dmarc/unknown-tag',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A tag that DMARC does not define.',
    why: 'Receivers ignore unknown tags, so whatever it was meant to say has no effect; often it is a misspelt tag (`ruaa=`, `adkm=`).',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; ruaa=mailto:dmarc@example.com"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    const seen = new Set<string>();
    for (const tag of d.dmarc.tags) {
      if (dmarcTag(tag.name) || !validName(tag.name)) continue;
      const lower = tag.name.toLowerCase();
      if (seen.has(lower)) continue;
      seen.add(lower);
      const suggestion = suggestTag(tag.name);
      const taken = suggestion !== undefined && d.dmarc.byName.has(suggestion);
      d.at.report(
        tag.nameStart,
        tag.nameEnd,
        suggestion && !taken
          ? `\`${tag.name}\` is not a DMARC tag and receivers ignore it: did you mean \`${suggestion}\`?`
          : `\`${tag.name}\` is not a DMARC tag and receivers ignore it: remove it, or check the spelling.`,
        suggestion && !taken ? [d.at.replace(`Change to \`${suggestion}\``, tag.nameStart, tag.nameEnd, suggestion)] : [],
      );
    }
  },
});
