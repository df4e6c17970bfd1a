/**
 * A BIMI Assertion Record as the rules see it: the tag list of a TXT record checked as BIMI
 * (by owner `<selector>._bimi.<domain>` or by its `v=BIMI1` content), parsed once per value.
 */
import type { RecordSite } from '../../model';
import { cached } from '../cache';
import { checkUri, checkVersion, mayBeKind, type UriCheck, type VersionProblem } from '../cross/tag-records';
import { classify, nearMiss } from '../kinds';
import { parseTagList, type Tag, type TagList } from '../tag-list';
import { BIMI_VERSION } from './tags';

export interface BimiRecord {
  readonly text: string;
  readonly list: TagList;
  /** Undefined when the record begins with exactly `v=BIMI1`. */
  readonly version: VersionProblem | undefined;
  /** True when the value is a near miss of a version tag (`policy/near-miss` reports it). */
  readonly nearMiss: boolean;
}

/** The record parsed as BIMI, or undefined when it is not checked as BIMI. */
export function bimiRecord(record: RecordSite): BimiRecord | undefined {
  if (record.type !== 'TXT' || !mayBeKind(record, 'bimi')) return undefined;
  const c = classify(record);
  if (c?.kind !== 'bimi') return undefined;
  const value = record.value!;
  return cached('bimi', value, () => {
    const text = value.text;
    const list = parseTagList(text);
    return { text, list, version: checkVersion(text, list, BIMI_VERSION), nearMiss: nearMiss(text) !== undefined };
  });
}

/** The record when its tags are checked one by one: it is BIMI and begins with a `v` tag. */
export function checkedBimi(record: RecordSite): BimiRecord | undefined {
  const b = bimiRecord(record);
  if (!b || b.nearMiss || b.version?.kind === 'missing' || b.version?.kind === 'unseparated') return undefined;
  return b;
}

/** True for a declination to publish: `l=` empty and `a=` empty or absent (§4.3.1). */
export function isDeclination(b: BimiRecord): boolean {
  const l = b.list.byName.get('l');
  const a = b.list.byName.get('a');
  return !!l && l.name === 'l' && l.value === '' && (!a || a.value === '');
}

/** The `l=` and `a=` tags with a value, each with its URI looked at (the value is one URI). */
export function bimiUris(b: BimiRecord): { tag: Tag; which: 'l' | 'a'; check: UriCheck; single: boolean }[] {
  const out: { tag: Tag; which: 'l' | 'a'; check: UriCheck; single: boolean }[] = [];
  for (const which of ['l', 'a'] as const) {
    const tag = b.list.tags.find((t) => t.name === which);
    if (!tag || tag.value === '') continue;
    out.push({ tag, which, check: checkUri(tag.value), single: !tag.value.includes(',') });
  }
  return out;
}

const RASTER = /\.(png|jpe?g|gif|webp|bmp|ico|tiff?|avif|heic|heif)$/i;

/** For an https `l=` URI: `svg` (ends `.svg`/`.svgz`), `raster` (another image suffix), `other`. */
export function logoFormat(path: string | undefined): 'svg' | 'raster' | 'other' {
  const p = (path ?? '').toLowerCase();
  if (p.endsWith('.svg') || p.endsWith('.svgz')) return 'svg';
  return RASTER.test(p) ? 'raster' : 'other';
}
