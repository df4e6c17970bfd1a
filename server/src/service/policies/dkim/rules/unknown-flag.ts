/**
 * Rule: dkim/unknown-flag. A `t=` entry other than `y` or `s` (RFC 6376 §3.6.1: unrecognised
 * flags are ignored).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf } from '../parse';
import { FLAGS } from '../tags';

export const unknownFlag = defineRule({
  code: 'dkim/unknown-flag',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, '3.6.1'),
  docs: {
    what: 'A `t=` entry in a DKIM key record that is not a defined flag (`y`, `s`).',
    why: 'Verifiers ignore unknown flags, so the flag has no effect; `t=yes` or `t=true` do not turn on testing mode.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; t=yes; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; t=s; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const t = dkim?.get('t');
    if (!dkim || !value || !t?.items) return;
    const at = valueReporter(record, value, context);
    for (const item of t.items) {
      if (FLAGS.has(item.value.toLowerCase())) continue;
      const empty = item.start === item.end;
      at.report(
        empty ? t.start : item.start,
        empty ? t.end : item.end,
        `${empty ? '`t=` has an empty entry' : `\`${item.value}\` is not a DKIM flag`}; verifiers ignore it. The flags are \`y\` (testing) and \`s\` (no subdomains in \`i=\`).`,
      );
    }
  },
});
