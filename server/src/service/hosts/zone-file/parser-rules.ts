/**
 * Rules reported by the zone-file parser itself (syntax, names, TTLs, escapes, directives).
 * They have no check of their own; they are here so that each code has its severity,
 * reference and documentation, and can be configured like any other rule.
 */
import { defineRule, rfc, type ParserRule } from '../../rules/define-rule';
import { CODES } from './codes';

export const zoneParserRules: readonly ParserRule[] = [
  defineRule({
    code: CODES.syntax,
    scope: 'parser',
    severity: 'error',
    reference: rfc(1035, '5.1'),
    docs: {
      what: 'Zone-file syntax errors: unbalanced parentheses, a quoted string not closed on its line, a record without an owner or without a type, extra arguments to a directive.',
      why: 'Name servers refuse to load a zone with a syntax error, so none of its records are served. Zonemail reports the error and goes on with the next record.',
      bad: 'www IN A ( 192.0.2.1\nmail IN A 192.0.2.2',
      good: 'www IN A 192.0.2.1\nmail IN A 192.0.2.2',
    },
  }),
  defineRule({
    code: CODES.unknownType,
    scope: 'parser',
    severity: 'error',
    reference: rfc(3597, '5'),
    docs: {
      what: 'A record type that is not a known mnemonic or `TYPEnnn`.',
      why: 'A name server cannot load a record of a type it does not know; a misspelt type (`TXTT`, `CNAM`) rejects the zone.',
      bad: 'www IN CNAM web.example.net.',
      good: 'www IN CNAME web.example.net.',
    },
  }),
  defineRule({
    code: CODES.invalidTtl,
    scope: 'parser',
    severity: 'error',
    reference: rfc(2181, '8'),
    docs: {
      what: 'A TTL (in a record or `$TTL`) that is not a number of seconds or a BIND value with units `s m h d w`, or that is above 2147483647.',
      why: 'A name server refuses the record or the whole zone.',
      bad: 'www 1x IN A 192.0.2.1',
      good: 'www 1h IN A 192.0.2.1',
    },
  }),
  defineRule({
    code: CODES.missingTtl,
    scope: 'parser',
    severity: 'warning',
    reference: rfc(2308, '4'),
    docs: {
      what: 'A record with no TTL when no `$TTL` comes before it.',
      why: 'Without `$TTL` name servers fall back to old RFC 1035 rules or the SOA minimum, which is rarely what was meant.',
      bad: '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600',
      good: '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600',
    },
  }),
  defineRule({
    code: CODES.invalidEscape,
    scope: 'parser',
    severity: 'error',
    reference: rfc(1035, '5.1'),
    docs: {
      what: 'A `\\DDD` escape above 255 or without three digits, or a backslash that escapes nothing.',
      why: 'A `\\DDD` escape stands for one octet; anything else is rejected or read differently by each name server.',
      bad: 'txt IN TXT "caf\\999"',
      good: 'txt IN TXT "caf\\195\\169"',
    },
  }),
  defineRule({
    code: CODES.invalidName,
    scope: 'parser',
    severity: 'error',
    reference: rfc(1035, '2.3.4'),
    docs: {
      what: 'An owner name with a label over 63 octets, an empty label, or a total length over 255 octets.',
      why: 'Such a name cannot be encoded in a DNS message; the zone will not load.',
      bad: 'a..example.com. IN A 192.0.2.1',
      good: 'a.example.com. IN A 192.0.2.1',
    },
  }),
  defineRule({
    code: CODES.invalidDirective,
    scope: 'parser',
    severity: 'error',
    reference: rfc(1035, '5.1'),
    docs: {
      what: 'An unknown `$` directive, or a `$ORIGIN`, `$INCLUDE` or `$GENERATE` with missing or malformed arguments.',
      why: 'A name server refuses to load the zone.',
      bad: '$GENERATE 10-1 host-$ A 192.0.2.$',
      good: '$GENERATE 1-10 host-$ A 192.0.2.$',
    },
  }),
  defineRule({
    code: CODES.missingOrigin,
    scope: 'parser',
    severity: 'information',
    reference: rfc(1035, '5.1'),
    docs: {
      what: 'Relative names in a file with no `$ORIGIN` and a file name that does not tell the zone.',
      why: 'The origin then comes from the server configuration; Zonemail cannot tell what the names expand to, so checks that compare names are less precise.',
      bad: 'www IN A 192.0.2.1',
      good: '$ORIGIN example.com.\nwww IN A 192.0.2.1',
    },
  }),
  defineRule({
    code: CODES.includeMissing,
    scope: 'parser',
    severity: 'error',
    reference: rfc(1035, '5.1'),
    docs: {
      what: 'An `$INCLUDE` of a file that does not exist or cannot be read (resolved relative to the including file).',
      why: 'The name server will fail to load the zone.',
      bad: '$INCLUDE keys/missing.zone',
      good: '$INCLUDE keys/example.com.keys',
    },
  }),
  defineRule({
    code: CODES.includeLoop,
    scope: 'parser',
    severity: 'error',
    reference: rfc(1035, '5.1'),
    docs: {
      what: 'An `$INCLUDE` that includes the file itself, directly or through other files, or nests too deep.',
      why: 'The name server loops or refuses the zone.',
      bad: '; in a.zone\n$INCLUDE a.zone',
      good: '$INCLUDE b.zone',
    },
  }),
  defineRule({
    code: CODES.binaryContent,
    scope: 'parser',
    severity: 'information',
    docs: {
      what: 'A file that looks binary (NUL bytes, many control characters) opened as a zone file.',
      why: 'It is not a zone file (perhaps a database with a `db.` name); Zonemail skips it rather than report noise.',
      bad: '(a binary file named db.cache)',
      good: '(a text zone file)',
    },
  }),
  defineRule({
    code: CODES.tooLarge,
    scope: 'parser',
    severity: 'information',
    docs: {
      what: 'A document larger than the `zonemail.maxFileSize` setting, which the editor checks only lightly.',
      why: 'Keeps the editor responsive on huge files; the `zonemail check` command line checks them fully.',
      bad: '(a 200 MB zone open in the editor)',
      good: '(raise zonemail.maxFileSize, or run zonemail check in CI)',
    },
  }),
];
