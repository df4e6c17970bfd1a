/**
 * Rule: dmarc/invalid-version. The first tag is `v=` but its value is not exactly `DMARC1`
 * (`v=dmarc1`, `v=DMARC2`, `v=`). The value is case-sensitive (RFC 9989 §4.7, RFC 7489 §6.4 spells
 * it with `%x44 %x4d ...`): such a record is not a DMARC record and receivers discard it.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { nearMiss } from '../../kinds';
import { dmarcInput } from '../support';

export const invalidVersion = defineRule({
  code: 'dmarc/invalid-version',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A DMARC record whose version is not exactly `DMARC1` (wrong case, another version, or empty).',
    why: 'The version value is case-sensitive. Receivers that follow the RFC discard `v=dmarc1` or `v=DMARC2`, so the domain has no DMARC policy, even though a few lenient receivers accept the lower-case form.',
    bad: '_dmarc  TXT  "v=dmarc1; p=reject"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d || (d.dmarc.version !== 'case' && d.dmarc.version !== 'other')) return;
    if (d.dmarc.version === 'other' && nearMiss(d.dmarc.text)) return; // policy/near-miss reports `v=DMARC 1`
    const v = d.dmarc.versionTag!;
    const empty = v.valueEnd === v.valueStart;
    const start = empty ? v.start : v.valueStart;
    const end = empty ? v.end : v.valueEnd;
    const fix = empty ? d.at.replace('Change to `v=DMARC1`', v.start, v.end, 'v=DMARC1') : d.at.replace('Change to `DMARC1`', v.valueStart, v.valueEnd, 'DMARC1');
    const message =
      d.dmarc.version === 'case'
        ? `The version is case-sensitive: \`${v.value}\` is not \`DMARC1\`, so receivers that follow the RFC discard this record (only some accept it): write \`v=DMARC1\`.`
        : empty
          ? 'The version tag is empty, so receivers discard this record: write `v=DMARC1`.'
          : `\`${v.value}\` is not a DMARC version, so receivers discard this record: the only version is \`DMARC1\`.`;
    d.at.report(start, end, message, [fix]);
  },
});
