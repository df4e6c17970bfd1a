/**
 * Rule: dmarc/version-not-first. A `_dmarc` TXT record with a `v=DMARC1` tag that is not the first
 * tag. Receivers discard records that do not start with `v=DMARC1` (RFC 9989 §4.7, §4.10).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput, fixOf, tagRemoval } from '../support';

export const versionNotFirst = defineRule({
  code: 'dmarc/version-not-first',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A DMARC record whose `v=DMARC1` tag is not the first tag.',
    why: 'Receivers select DMARC records by their first tag; a record that does not start with `v=DMARC1` is discarded and the domain has no DMARC policy.',
    bad: '_dmarc  TXT  "p=reject; v=DMARC1"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d || d.dmarc.version !== 'not-first') return;
    const v = d.dmarc.versionTag!;
    const first = d.dmarc.tags[0]!;
    const removal = tagRemoval(d.dmarc.text, v);
    d.at.report(v.start, v.end, `\`${d.dmarc.text.slice(v.start, v.end)}\` must be the first tag; receivers discard a record that does not start with \`v=DMARC1\`: move it to the front.`, [
      fixOf(d, 'Move `v=DMARC1` to the front', [
        { start: first.start, end: first.start, text: 'v=DMARC1; ' },
        { ...removal, text: '' },
      ]),
    ]);
  },
});
