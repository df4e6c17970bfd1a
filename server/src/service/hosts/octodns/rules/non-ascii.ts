/**
 * Rule: octodns/non-ascii. octoDNS's TXT/SPF validator refuses characters outside ASCII ("non
 * ASCII character in ..."). There is no automatic fix: write the text in ASCII.
 */
import { defineRule } from '../../../rules/define-rule';
import { OctodnsRecord } from '../record';

export const octodnsNonAscii = defineRule({
  code: 'octodns/non-ascii',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: {
    cite: 'octoDNS chunked value validator',
    href: 'https://github.com/octodns/octodns/blob/main/octodns/record/chunked.py',
  },
  docs: {
    what: 'A character outside ASCII in an octoDNS TXT or SPF value.',
    why: 'octoDNS refuses TXT and SPF values with characters outside ASCII ("non ASCII character in ..."), so the zone does not synchronise. Email policy records are ASCII; a non-ASCII character is usually a typographic quote or a non-breaking space pasted from a document.',
    bad: "_dmarc:\n  type: TXT\n  value: v=DMARC1\\;\u00a0p=reject",
    good: "_dmarc:\n  type: TXT\n  value: v=DMARC1\\; p=reject",
    language: 'yaml',
  },
  check(record, context) {
    if (!(record instanceof OctodnsRecord)) return;
    const octo = record.octo;
    const v = octo.value;
    let i = 0;
    while (i < v.length) {
      if (v.charCodeAt(i) < 0x80) {
        i++;
        continue;
      }
      let j = i;
      while (j < v.length && v.charCodeAt(j) >= 0x80) j++;
      context.report({
        range: octo.map.toDocSpan(i, j),
        message: `octoDNS refuses characters outside ASCII in TXT and SPF values ("non ASCII character in ..."). Replace \`${v.slice(i, j)}\` with ASCII text.`,
        record,
      });
      i = j;
    }
  },
});
