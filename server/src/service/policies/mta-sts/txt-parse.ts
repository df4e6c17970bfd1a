/**
 * The MTA-STS TXT record (RFC 8461 §3.1) as the `mta-sts/txt-*` rules see it: a TXT record at
 * `_mta-sts.<domain>` or announcing `v=STSv1`, parsed once per value.
 */
import type { RecordSite } from '../../model';
import { cached } from '../cache';
import { checkVersion, mayBeKind, type VersionProblem } from '../cross/tag-records';
import { classify, nearMiss } from '../kinds';
import { parseTagList, type TagList } from '../tag-list';
import { STS_VERSION } from './txt-tags';

export interface MtaStsTxt {
  readonly text: string;
  readonly list: TagList;
  readonly version: VersionProblem | undefined;
  readonly nearMiss: boolean;
}

export function mtaStsTxt(record: RecordSite): MtaStsTxt | undefined {
  if (record.type !== 'TXT' || !mayBeKind(record, 'mta-sts')) return undefined;
  if (classify(record)?.kind !== 'mta-sts') return undefined;
  const value = record.value!;
  return cached('mta-sts-txt', value, () => {
    const text = value.text;
    const list = parseTagList(text);
    return { text, list, version: checkVersion(text, list, STS_VERSION), nearMiss: nearMiss(text) !== undefined };
  });
}

/** The record when its fields are checked one by one: it begins with a `v` tag. */
export function checkedMtaStsTxt(record: RecordSite): MtaStsTxt | undefined {
  const r = mtaStsTxt(record);
  if (!r || r.nearMiss || r.version?.kind === 'missing' || r.version?.kind === 'unseparated') return undefined;
  return r;
}
