/**
 * Zone-file directives (RFC 1035 §5.1 and BIND's `$GENERATE`): syntax and what each does.
 * Drives hover and completion.
 */

export interface DirectiveInfo {
  /** As written, with the `$`. */
  readonly name: string;
  readonly syntax: string;
  /** Markdown. */
  readonly description: string;
  /** Snippet for completion (after the name). */
  readonly snippet: string;
  readonly reference: string;
}

export const DIRECTIVES: readonly DirectiveInfo[] = [
  {
    name: '$ORIGIN',
    syntax: '$ORIGIN <domain-name>',
    description: 'Sets the origin: relative names that follow (those without a trailing dot) and `@` are completed with this name.',
    snippet: '\\$ORIGIN ${1:example.com.}',
    reference: 'RFC 1035 §5.1',
  },
  {
    name: '$TTL',
    syntax: '$TTL <ttl>',
    description: 'Sets the default TTL for records that follow and give none of their own (seconds, or BIND units such as `1h`).',
    snippet: '\\$TTL ${1:3600}',
    reference: 'RFC 2308 §4',
  },
  {
    name: '$INCLUDE',
    syntax: '$INCLUDE <file-name> [<domain-name>]',
    description: 'Reads the records of another file here, optionally with its own origin; the origin here is unchanged afterwards.',
    snippet: '\\$INCLUDE ${1:file.zone}',
    reference: 'RFC 1035 §5.1',
  },
  {
    name: '$GENERATE',
    syntax: '$GENERATE <start>-<stop>[/<step>] <lhs> [<ttl>] [<class>] <type> <rhs>',
    description: 'Creates a series of records (BIND extension): `$` in the owner and RDATA is replaced by each number of the range, e.g. `$GENERATE 1-10 host$ A 192.0.2.$`.',
    snippet: '\\$GENERATE ${1:1-10} ${2:host\\$} ${3:A} ${4:192.0.2.\\$}',
    reference: 'BIND 9 Administrator Reference Manual',
  },
];

/** A directive by name (any case, with the `$`), or undefined. */
export function directiveInfo(name: string): DirectiveInfo | undefined {
  const upper = name.toUpperCase();
  return DIRECTIVES.find((d) => d.name === upper);
}
