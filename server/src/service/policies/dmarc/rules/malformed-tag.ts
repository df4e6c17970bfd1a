/**
 * Rule: dmarc/malformed-tag. A tag-spec that is not `name=value`: no `=` (`p reject`), no or a bad
 * tag name (`=reject`), or a character outside printable ASCII in a value (RFC 9989 §4.8,
 * RFC 6376 §3.2).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import type { Fix } from '../../../model';
import { dmarcTag } from '../tags';
import { dmarcInput } from '../support';

function isWsp(c: number): boolean {
  return c === 32 || c === 9;
}

export const malformedTag = defineRule({
  code: 'dmarc/malformed-tag',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.8'),
  docs: {
    what: 'A DMARC tag that is not `name=value`: the `=` or the name is missing, or the value holds a character outside printable ASCII.',
    why: 'Receivers cannot read a malformed tag; strict ones discard the whole record, lenient ones skip the tag, so what was meant (often the policy itself) is lost.',
    bad: '_dmarc  TXT  "v=DMARC1; p reject"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    const text = d.dmarc.text;
    for (const p of d.dmarc.problems) {
      const spec = text.slice(p.start, p.end);
      if (p.kind === 'missing-equals') {
        // `p reject`: a known tag name, whitespace, then a value.
        let k = p.start;
        while (k < p.end && !isWsp(text.charCodeAt(k))) k++;
        let m = k;
        while (m < p.end && isWsp(text.charCodeAt(m))) m++;
        const name = text.slice(p.start, k);
        const fixes: Fix[] = [];
        if (k < p.end && m < p.end && dmarcTag(name)) fixes.push(d.at.replace(`Change to \`${name}=${text.slice(m, p.end)}\``, k, m, '='));
        d.at.report(p.start, p.end, `\`${spec}\` has no \`=\`: write each tag as \`name=value\` (receivers cannot read it).`, fixes);
      } else if (p.kind === 'bad-name') {
        const tag = p.tag!;
        d.at.report(
          tag.start,
          tag.end,
          tag.nameEnd === tag.nameStart
            ? `\`${text.slice(tag.start, tag.end)}\` has no tag name before \`=\`: write \`name=value\`, or remove it.`
            : `\`${tag.name}\` is not a valid tag name (a letter, then letters, digits or \`_\`): fix the name.`,
        );
      } else if (p.kind === 'bad-value') {
        const code = text.codePointAt(p.start) ?? 0;
        d.at.report(p.start, p.end, `The character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in a tag value (printable ASCII only): remove it, or percent-encode it in a URI.`);
      }
    }
  },
});
