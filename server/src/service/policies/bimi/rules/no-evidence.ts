/**
 * Rule: bimi/no-evidence. A BIMI record with a logo but no `a=` evidence (VMC or CMC): the
 * large mailbox providers show logos only with a mark certificate.
 */
import { defineRule } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { checkedBimi } from '../parse';
import { bimiDraft } from '../tags';

export const bimiNoEvidence = defineRule({
  code: 'bimi/no-evidence',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('7.3'),
  docs: {
    what: 'A BIMI record with a logo (`l=`) but without an `a=` URI of a Verified Mark Certificate (VMC) or Common Mark Certificate (CMC).',
    why: 'The record is valid, but Gmail, Apple Mail and other large mailbox providers display BIMI logos only when a VMC or CMC vouches for them.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem"',
  },
  check(record, context) {
    const b = checkedBimi(record);
    if (!b) return;
    const l = b.list.tags.find((t) => t.name === 'l');
    if (!l || l.value === '') return;
    const a = b.list.tags.find((t) => t.name === 'a');
    if (a && a.value !== '') return;
    valueReporter(record, record.value!, context).report(
      l.start,
      l.end,
      'This BIMI record has a logo but no `a=` evidence; most large mailbox providers show the logo only with a Verified Mark Certificate (VMC) or Common Mark Certificate (CMC): add `a=https://<host>/<certificate>.pem`.',
    );
  },
});
