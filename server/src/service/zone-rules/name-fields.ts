/**
 * Which RDATA tokens of the common types hold domain names (RFC 1035 §3.3, RFC 2782,
 * RFC 6672), and which of them name a host that a resolver looks up next.
 */

/** Indexes of RDATA tokens that are domain names, for the types the zone rules look at. */
export const NAME_FIELDS: Readonly<Record<string, readonly number[]>> = {
  NS: [0],
  CNAME: [0],
  DNAME: [0],
  PTR: [0],
  MX: [1],
  SRV: [3],
  SOA: [0, 1],
};

/** The token index of the host name a record points to: MX exchange, NS nsdname, SRV target. */
export const HOST_TARGET_FIELD: Readonly<Record<string, { index: number; field: string }>> = {
  MX: { index: 1, field: 'exchange' },
  NS: { index: 0, field: 'name server' },
  SRV: { index: 3, field: 'target' },
};
