/**
 * Rule: octodns/unescaped-semicolon. octoDNS keeps TXT and SPF values with `;` escaped as `\;`
 * and refuses a value where a letter, digit or `_` is followed by a bare `;` ("unescaped ; in
 * ..."). The fix writes `\;` (the record in DNS still holds `;`).
 */
import { defineRule } from '../../../rules/define-rule';
import { OctodnsRecord } from '../record';
import { SEMICOLONS_IN_TXT } from './references';

const WORD = /[\p{L}\p{N}_]/u;

export const octodnsUnescapedSemicolon = defineRule({
  code: 'octodns/unescaped-semicolon',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: SEMICOLONS_IN_TXT,
  docs: {
    what: 'A `;` in an octoDNS TXT or SPF value that is not escaped as `\\;`.',
    why:
      'In octoDNS\'s own format a semicolon in a TXT or SPF value is written `\\;`; its validator (`octodns/record/chunked.py`) refuses a value in which a letter, digit or `_` is directly followed by `;` with "unescaped ; in ...", so the zone does not synchronise. DMARC and DKIM records are full of semicolons. octoDNS turns `\\;` back into `;` when it writes the record to a provider, and splits long values into 255-octet strings by itself, so no manual chunking is needed.',
    bad: "_dmarc:\n  type: TXT\n  value: v=DMARC1; p=reject",
    good: "_dmarc:\n  type: TXT\n  value: v=DMARC1\\; p=reject",
    language: 'yaml',
  },
  check(record, context) {
    if (!(record instanceof OctodnsRecord)) return;
    const octo = record.octo;
    const v = octo.value;
    for (let i = 1; i < v.length; i++) {
      if (v[i] !== ';' || !WORD.test(v[i - 1]!)) continue;
      const range = octo.map.toDocSpan(i, i + 1);
      context.report({
        range,
        message: 'octoDNS refuses an unescaped `;` in a TXT or SPF value ("unescaped ; in ..."). Write it as `\\;`; the record in DNS still holds `;`.',
        fixes: [{ title: 'Escape as `\\;`', edits: [{ range, newText: octo.encode('\\;') }], isPreferred: true }],
        record,
      });
    }
  },
});
