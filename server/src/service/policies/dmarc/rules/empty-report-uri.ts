/**
 * Rule: dmarc/empty-report-uri. `rua=` or `ruf=` with no URI: nobody receives reports
 * (RFC 9989 §4.7).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput, removeTagFix } from '../support';

export const emptyReportUri = defineRule({
  code: 'dmarc/empty-report-uri',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A `rua=` or `ruf=` tag with an empty value.',
    why: 'An empty destination list means no reports, which is almost never meant: without aggregate reports you cannot see who sends mail as the domain.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; rua="',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    for (const name of ['rua', 'ruf']) {
      const tag = d.dmarc.byName.get(name);
      if (!tag || tag.valueEnd > tag.valueStart) continue;
      const kind = name === 'rua' ? 'aggregate' : 'failure';
      d.at.report(tag.start, tag.end, `\`${name}=\` is empty, so nobody receives ${kind} reports: add a \`mailto:\` address, or remove the tag.`, [
        removeTagFix(d, tag, `Remove \`${d.dmarc.text.slice(tag.start, tag.end)}\``, false),
      ]);
    }
  },
});
