/**
 * The TLS-RPT record (RFC 8460 §3) as the `tls-rpt/*` rules see it: a TXT record at
 * `_smtp._tls.<domain>` or announcing `v=TLSRPTv1`, parsed once per value.
 */
import type { RecordSite } from '../../model';
import { cached } from '../cache';
import { checkVersion, mayBeKind, type VersionProblem } from '../cross/tag-records';
import { classify, nearMiss } from '../kinds';
import { parseTagList, type TagList } from '../tag-list';
import { TLSRPT_VERSION } from './tags';

export interface TlsRptRecord {
  readonly text: string;
  readonly list: TagList;
  readonly version: VersionProblem | undefined;
  readonly nearMiss: boolean;
}

export function tlsRptRecord(record: RecordSite): TlsRptRecord | undefined {
  if (record.type !== 'TXT' || !mayBeKind(record, 'tls-rpt')) return undefined;
  if (classify(record)?.kind !== 'tls-rpt') return undefined;
  const value = record.value!;
  return cached('tls-rpt', value, () => {
    const text = value.text;
    const list = parseTagList(text);
    return { text, list, version: checkVersion(text, list, TLSRPT_VERSION), nearMiss: nearMiss(text) !== undefined };
  });
}

/** The record when its fields are checked one by one: it begins with a `v` tag. */
export function checkedTlsRpt(record: RecordSite): TlsRptRecord | undefined {
  const r = tlsRptRecord(record);
  if (!r || r.nearMiss || r.version?.kind === 'missing' || r.version?.kind === 'unseparated') return undefined;
  return r;
}
