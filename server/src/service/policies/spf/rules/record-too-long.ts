/**
 * Rule: spf/record-too-long. An SPF record longer than 450 octets may not fit, with the other
 * TXT records of its name, in a 512-octet UDP answer (RFC 7208 §3.4); receivers then retry over
 * TCP or fail. Reported on the whole value.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { utf8Length } from '../../../text/octets';
import { valueReporter } from '../../value-edits';
import { spfOf } from '../parse';
import { SPF_TYPES } from './problems';

const LIMIT = 450;

export const recordTooLong = defineRule({
  code: 'spf/record-too-long',
  severity: 'information',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '3.4'),
  docs: {
    what: 'An SPF record longer than 450 octets.',
    why: 'RFC 7208 advises keeping the SPF record small enough that the whole TXT answer fits in 512 octets over UDP; larger answers need TCP, which some resolvers and firewalls break.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 ip4:192.0.2.1 ip4:192.0.2.2 ... (over 450 octets)"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 ip4:192.0.2.0/24 include:_spf.example.com -all"',
  },
  check(record, context) {
    const value = record.value;
    if (!value || value.text.length <= LIMIT / 4) return;
    const spf = spfOf(record);
    if (!spf) return;
    const octets = utf8Length(value.text);
    if (octets <= LIMIT) return;
    let end = value.text.length;
    while (end > 0 && value.text.charCodeAt(end - 1) === 32) end--;
    valueReporter(record, value, context).report(
      0,
      end,
      `This SPF record is ${octets} octets; above about ${LIMIT} the DNS answer may not fit in a UDP packet (RFC 7208 §3.4). Merge addresses into wider networks, or move some terms into an \`include:\` of a record of your own.`,
    );
  },
});
