/**
 * Where the SPF conformance vectors and our verdicts part, and why. Each entry names a test (the
 * OpenSPF suite's test name, or the checkdmarc row's `test` field) and the reason.
 */

/**
 * OpenSPF suite tests whose result is permerror for a reason other than the syntax of the
 * evaluated record: those are found by rules that look across records or need live DNS, not by
 * the syntax check of the one record.
 */
export const RFC7208_NOT_SYNTAX: Readonly<Record<string, string>> = {
  multitxt1: 'Two SPF records at one name: spf/multiple-records (a document rule) reports it.',
  multitxt2: 'Two SPF records at one name (any case of v=spf1): spf/multiple-records reports it.',
  'include-permerror': 'The included record is broken, not this one; the included record gets its own error.',
  'include-none': 'The include target has no SPF record: spf/missing-target when the target is in the zone, live otherwise.',
  'redirect-none': 'The redirect target has no SPF record: spf/missing-target when the target is in the zone, live otherwise.',
  'redirect-loop': 'A redirect loop: spf/include-loop, which needs the record at its owner name (checked across records).',
  'include-loop': 'An include loop through another record: spf/include-loop (across records).',
  'mx-limit': 'More than 10 MX hosts: only a live check can count them.',
  'include-over-limit': 'Over 10 lookups through an include: spf/too-many-lookups, counted through the included record.',
  'void-over-limit': 'More than two void lookups: only a live check can see empty answers.',
};

/** checkdmarc rows (by `test`) where we follow RFC 7208 or the row needs live DNS. */
export const CHECKDMARC_DISAGREE: Readonly<Record<string, string>> = {
  testTooManySPFDNSLookups: "Needs the providers' published records (live DNS); offline the includes are counted as 1 each and the record is within the limit.",
  testTooManySPFVoidDNSLookups: 'Void lookups are counted only live (the names do not exist in any zone we hold).',
  testTooManySPFVoidDNSLookupsMocked: 'Void lookups are counted only live.',
  testMxHostMissingARecords: 'Void lookups under mx are counted only live.',
  testTooManyMxRecords: 'The MX host count is only known live.',
  testInvalidSPFVersionTagsRejectedMocked:
    '`v=spf10` and `v=spf1foo` are not SPF records, so the domain has no SPF record; that is not a broken record (upstream reports SPFRecordNotFound). policy/near-miss warns where a value almost announces SPF.',
  testSPFVersionMatchingRejectsLeadingWhitespaceMocked: 'A value with leading spaces is not an SPF record (RFC 7208 §4.5): no SPF record, not an error; policy/near-miss warns.',
  testLeadingWhitespaceSPFRegressionMocked: 'A value with leading whitespace is not an SPF record (RFC 7208 §4.5): no SPF record, not an error; policy/near-miss warns.',
  testTextAfterExpValueWarns: '`extra` is not a mechanism or modifier: RFC 7208 §4.6.1 makes an unknown mechanism a permerror (spf/unknown-mechanism); upstream only warns.',
  testSizeCheckSkippedOnUndecodableRecord: 'A lone UTF-16 surrogate (undecodable octets) is not a valid term: per the RFC 7208 ABNF the record is a permerror; upstream skips the record.',
  testUndecodableCharactersInNonSPFRecord: 'Upstream drops one record because its octets do not decode; the row keeps both strings as SPF records at one name, which is a permerror (RFC 7208 §4.5).',
  testUndecodableTxtSkipped: 'Upstream drops one record because its octets do not decode; the row keeps both as SPF records at one name, which is a permerror (RFC 7208 §4.5).',
};

/** checkdmarc rows whose records sit at different names (a record and its include/redirect target). */
export const CHECKDMARC_SEPARATE_NAMES: ReadonlySet<string> = new Set(['testSplitSPFRecordMocked', 'testRedirectFollowed']);
