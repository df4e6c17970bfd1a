/**
 * Rule: spf/exp-only-macro. The macro letters `c`, `r` and `t` are allowed only in explanation
 * text (RFC 7208 §7.2), not in the record's mechanisms or modifiers: permerror.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportProblems, SPF_TYPES } from './problems';

export const expOnlyMacro = defineRule({
  code: 'spf/exp-only-macro',
  severity: 'error',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '7.2'),
  docs: {
    what: 'A `%{c}`, `%{r}` or `%{t}` macro in an SPF record (including in `exp=`).',
    why: 'These letters exist only for the explanation text that an `exp=` name points to; in the record itself they make the record a permerror.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 -all exp=%{r}.explain.example.com"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 -all exp=explain.example.com"\nexplain  TXT  "%{c} is not allowed to send mail for %{d}"',
  },
  check(record, context) {
    reportProblems(record, context, 'exp-only-macro', 'Move it into the explanation TXT record, or use another macro letter (s l o d i p h v).');
  },
});
