/**
 * Rule: spf/invalid-macro. A `%` that does not start a valid macro (RFC 7208 §7.1: `%{` letter
 * digits? `r`? delimiters `}`, or `%%` `%_` `%-`), an unknown macro letter, a zero digit
 * transformer or an unclosed `%{`: permerror.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportProblems, SPF_TYPES } from './problems';

export const invalidMacro = defineRule({
  code: 'spf/invalid-macro',
  severity: 'error',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '7.1'),
  docs: {
    what: 'A macro that does not follow RFC 7208 §7.1: a lone `%`, an unknown letter (`%{z}`), a zero digit transformer, or a `%{` without `}`.',
    why: 'Receivers return permerror for the whole record when a macro does not parse.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 exists:%{z}.spf.example.com exists:%(i).bl.example.com -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 exists:%{i}.spf.example.com -all"',
  },
  check(record, context) {
    reportProblems(record, context, 'bad-macro', 'Receivers return permerror for the whole record: correct the macro (`%{i}`, `%{d2}`, `%{ir}`), or write `%%` for a literal percent sign.');
  },
});
