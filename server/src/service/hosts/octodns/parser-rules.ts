/** Rules reported by the octoDNS adapter itself: a zone file that cannot be read. */
import { defineRule, type ParserRule } from '../../rules/define-rule';

export const OCTODNS_SYNTAX = 'octodns/syntax';

export const octodnsParserRules: readonly ParserRule[] = [
  defineRule({
    code: OCTODNS_SYNTAX,
    scope: 'parser',
    severity: 'error',
    reference: { cite: 'octoDNS YamlProvider', href: 'https://github.com/octodns/octodns/blob/main/docs/records.rst' },
    docs: {
      what: 'A YAML syntax error in an octoDNS zone file (`<zone>.yaml`) inside a record, or anywhere when no record could be read.',
      why: 'octoDNS refuses to load a zone file it cannot parse, so no record of the zone is synchronised; Zonemail cannot check records it cannot read.',
      bad: "'':\n  type: TXT\n  value: 'v=spf1 -all",
      good: "'':\n  type: TXT\n  value: 'v=spf1 -all'",
      language: 'yaml',
    },
  }),
];
