/**
 * Which RDATA tokens of the common types hold domain names (RFC 1035 §3.3, RFC 2782,
 * RFC 6672), and which of them name a host that a resolver looks up next.
 */
import { rdataSpec } from '../records/rdata-fields';

const NAME_INDEXES = new Map<string, readonly number[]>();

/**
 * Indexes of the RDATA tokens of `type` that are domain names or mailboxes, from the RDATA field
 * table (`records/rdata-fields.ts`), so every type it describes is covered.
 */
export function nameFieldIndexes(type: string): readonly number[] {
  let indexes = NAME_INDEXES.get(type);
  if (!indexes) {
    const fields = rdataSpec(type)?.fields ?? [];
    indexes = fields.flatMap((f, i) => (f.kind === 'name' || f.kind === 'mailbox' ? [i] : []));
    NAME_INDEXES.set(type, indexes);
  }
  return indexes;
}

/** The token index of the host name a record points to: MX exchange, NS nsdname, SRV target. */
export const HOST_TARGET_FIELD: Readonly<Record<string, { index: number; field: string }>> = {
  MX: { index: 1, field: 'exchange' },
  NS: { index: 0, field: 'name server' },
  SRV: { index: 3, field: 'target' },
};
