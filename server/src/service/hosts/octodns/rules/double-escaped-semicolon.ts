/**
 * Rule: octodns/double-escaped-semicolon. octoDNS refuses `\\;` in a TXT or SPF value ("double
 * escaped ; in ..."): the escape for `;` is a single backslash. The fix writes `\;`.
 */
import { defineRule } from '../../../rules/define-rule';
import { OctodnsRecord } from '../record';
import { SEMICOLONS_IN_TXT } from './references';

export const octodnsDoubleEscapedSemicolon = defineRule({
  code: 'octodns/double-escaped-semicolon',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: SEMICOLONS_IN_TXT,
  docs: {
    what: 'A `\\\\;` (two backslashes before a semicolon) in an octoDNS TXT or SPF value.',
    why:
      'octoDNS escapes `;` with one backslash. Its validator refuses `\\\\;` with "double escaped ; in ...", so the zone does not synchronise. This often comes from a double-quoted YAML string, where `"\\\\;"` is already `\\;`, or from escaping twice.',
    bad: "_dmarc:\n  type: TXT\n  value: v=DMARC1\\\\; p=reject",
    good: "_dmarc:\n  type: TXT\n  value: v=DMARC1\\; p=reject",
    language: 'yaml',
  },
  check(record, context) {
    if (!(record instanceof OctodnsRecord)) return;
    const octo = record.octo;
    const v = octo.value;
    for (let i = v.indexOf('\\\\;'); i >= 0; i = v.indexOf('\\\\;', i + 3)) {
      const range = octo.map.toDocSpan(i, i + 3);
      context.report({
        range,
        message: 'octoDNS refuses a doubly escaped semicolon ("double escaped ; in ..."). Write `\\;` with one backslash.',
        fixes: [{ title: 'Write `\\;`', edits: [{ range, newText: octo.encode('\\;') }], isPreferred: true }],
        record,
      });
    }
  },
});
