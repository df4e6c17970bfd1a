/**
 * Rule: dmarc/unrelated-txt. A TXT record at `_dmarc` (or at a `_report._dmarc` authorisation
 * name) that is not a DMARC record at all: receivers ignore it (RFC 9989 §4.10).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { nearMiss } from '../../kinds';
import { dmarcInput } from '../support';

export const unrelatedTxt = defineRule({
  code: 'dmarc/unrelated-txt',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.10'),
  docs: {
    what: 'A TXT record at a `_dmarc` name that is not a DMARC record (no `v=DMARC1`, no DMARC tags).',
    why: 'Receivers ignore TXT records at `_dmarc` that do not start with `v=DMARC1`. It is harmless, but usually a token or policy published at the wrong name, and some checkers report the name as broken.',
    bad: '_dmarc  TXT  "google-site-verification=abc123"',
    good: '@  TXT  "google-site-verification=abc123"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { any: true });
    if (!d || d.dmarc.looksLikeDmarc) return;
    const text = d.dmarc.text;
    let end = text.length;
    while (end > d.dmarc.leadingSpace && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    if (end <= d.dmarc.leadingSpace || nearMiss(text)) return;
    const where = d.kind === 'dmarc' ? 'DMARC records' : 'DMARC report authorisation records';
    d.at.report(d.dmarc.leadingSpace, end, `This TXT record is not a DMARC record; receivers looking for ${where} here ignore it: publish it at the name its service expects, or remove it.`);
  },
});
