/**
 * What the DMARC rules share: the parsed record of the record being checked (memoised, so every
 * rule of a record shares one parse), fix builders that remove, insert and move tags, and the
 * report-destination checks (same organisation, authorisation records in the zone).
 */
import type { Fix, OffsetEdit, RecordSite, RecordValue } from '../../model';
import type { RuleContext } from '../../rules/define-rule';
import { classify } from '../kinds';
import type { Tag } from '../tag-list';
import { replaceValues, valueReporter, type ValueReporter } from '../value-edits';
import { dmarcOf, policyDomain, type DmarcRecord, type DmarcUri } from './parse';

export interface DmarcInput {
  readonly record: RecordSite;
  readonly value: RecordValue;
  readonly dmarc: DmarcRecord;
  readonly kind: 'dmarc' | 'dmarc-report';
  readonly at: ValueReporter;
  readonly context: RuleContext;
}

/**
 * The DMARC record being checked, or undefined (fast) when the record is not DMARC.
 * `policy`: only policy records (`_dmarc`, or `v=DMARC1` elsewhere), not authorisation records.
 * `any`: also TXT records at `_dmarc` that are no DMARC record at all.
 */
/** The last record value looked at and its parse: the rules of one record run one after another. */
let lastValue: RecordValue | undefined;
let lastDmarc: DmarcRecord | undefined;

export function dmarcInput(record: RecordSite, context: RuleContext, options: { policy?: boolean; any?: boolean } = {}): DmarcInput | undefined {
  const current = record.value;
  if (!current) return undefined;
  if (current !== lastValue) {
    lastValue = current;
    lastDmarc = dmarcOf(record);
  }
  const dmarc = lastDmarc;
  if (!dmarc || (!options.any && !dmarc.looksLikeDmarc)) return undefined;
  const kind = classify(record)!.kind as 'dmarc' | 'dmarc-report';
  if (options.policy && kind !== 'dmarc') return undefined;
  const value = record.value!;
  return { record, value, dmarc, kind, at: valueReporter(record, value, context), context };
}

/** A fix made of several value edits. */
export function fixOf(input: DmarcInput, title: string, edits: readonly { start: number; end: number; text: string }[], preferred = true): Fix {
  const out: OffsetEdit[] = replaceValues(input.record, input.value, edits);
  return { title, edits: out, ...(preferred ? { isPreferred: true } : {}) };
}

function isWsp(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/**
 * The value range to delete to remove a tag with its separator: the whitespace before it, the tag
 * and its own `;`. Removals of neighbouring tags touch but never overlap, so several fixes can be
 * applied together; removing the last tag leaves the previous `;` as an (allowed) trailing `;`.
 */
export function tagRemoval(text: string, tag: Tag): { start: number; end: number } {
  let start = tag.start;
  while (start > 0 && isWsp(text.charCodeAt(start - 1))) start--;
  if (start === 0) {
    // The first tag: take the whitespace after it instead.
    let end = tag.semicolon >= 0 ? tag.semicolon + 1 : tag.end;
    while (end < text.length && isWsp(text.charCodeAt(end))) end++;
    return { start: tag.start, end };
  }
  return { start, end: tag.semicolon >= 0 ? tag.semicolon + 1 : tag.end };
}

/** Where and what to insert to add `spec` (`p=none`) right after the version tag (or at the start). */
export function insertionAfterVersion(dmarc: DmarcRecord, spec: string): { start: number; end: number; text: string } {
  const v = dmarc.versionTag;
  if (!v || dmarc.version === 'not-first') return { start: dmarc.leadingSpace, end: dmarc.leadingSpace, text: `${spec}; ` };
  if (v.semicolon >= 0) {
    const next = v.semicolon + 1;
    const spaced = next < dmarc.text.length && isWsp(dmarc.text.charCodeAt(next));
    return spaced ? { start: next + 1, end: next + 1, text: `${spec}; ` } : { start: next, end: next, text: ` ${spec};` };
  }
  return { start: v.end, end: v.end, text: `; ${spec}` };
}

/** The fix that removes a tag. */
export function removeTagFix(input: DmarcInput, tag: Tag, title: string, preferred = true): Fix {
  const r = tagRemoval(input.dmarc.text, tag);
  return fixOf(input, title, [{ ...r, text: '' }], preferred);
}

/** The tag of that name (lower case) whose value is `value` (case-insensitive), if present. */
export function tagValue(dmarc: DmarcRecord, name: string): string | undefined {
  return dmarc.byName.get(name)?.value.toLowerCase();
}

/** The range to report on a tag's value, or on the whole tag when the value is empty. */
export function valueRange(tag: Tag): { start: number; end: number } {
  return tag.valueEnd > tag.valueStart ? { start: tag.valueStart, end: tag.valueEnd } : { start: tag.start, end: tag.end };
}

function stripDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

function within(name: string, ancestor: string): boolean {
  return name === ancestor || name.endsWith(`.${ancestor}`);
}

/**
 * Whether a report destination belongs to the policy domain's organisation, without the Public
 * Suffix List or a tree walk: the same name, one inside the other, or both inside this zone (the
 * zone's origin stands for the organisational domain; for a one-label origin, the label below it).
 */
export function sameOrganisation(policy: string, destination: string, zoneOrigin: string | undefined): boolean {
  if (within(destination, policy) || within(policy, destination)) return true;
  const origin = zoneOrigin ? stripDot(zoneOrigin) : '';
  if (origin === '' || !within(policy, origin) || !within(destination, origin)) return false;
  if (origin.includes('.')) return true;
  const below = (name: string) => {
    const labels = name.split('.');
    return labels.length >= 2 ? labels[labels.length - 2] : undefined;
  };
  return below(policy) !== undefined && below(policy) === below(destination);
}

/** The records at an owner (absolute, lower case) in some records at hand; empty when none. */
type RecordsAt = (owner: string) => readonly RecordSite[];

/** True when `name` (no trailing dot) owns an SOA record: the apex of a zone at hand. */
function isApex(at: RecordsAt, name: string): boolean {
  return at(`${name}.`).some((r) => r.type === 'SOA');
}

/** True when `name` (no trailing dot, below `_report._dmarc.`) owns a TXT record that starts with `v=DMARC1`. */
function hasDmarcRecord(at: RecordsAt, name: string): boolean {
  return at(`${name}.`).some((r) => r.type === 'TXT' && r.owner.includes('_report._dmarc.') && classify(r)?.byContent === 'dmarc');
}

export interface ExternalDestination {
  readonly uri: DmarcUri;
  readonly policy: string;
  readonly destination: string;
  /** The authorisation record's name. */
  readonly authorization: string;
  /** True when a zone at hand (this document, its includes, other open zones) holds the destination. */
  readonly held: boolean;
  readonly authorised: boolean;
}

/** The report destinations of a policy record outside its policy domain's organisation. */
export function externalDestinations(input: DmarcInput, uris: readonly DmarcUri[]): ExternalDestination[] {
  const policy = policyDomain(input.record.owner);
  if (!policy) return [];
  const out: ExternalDestination[] = [];
  const zoneOrigin = input.context.document.zoneOrigin;
  for (const uri of uris) {
    const destination = uri.domain ?? uri.host;
    if (!destination || sameOrganisation(policy, destination, zoneOrigin)) continue;
    // This document and its includes, then the other open documents: looked up by name, so the
    // editor re-runs the check when the records at a name it asked about change.
    const scopes: readonly RecordsAt[] = [(owner) => input.context.recordsAt(owner), (owner) => input.context.relatedRecordsAt(owner)];
    const origin = zoneOrigin ? stripDot(zoneOrigin) : undefined;
    let held = origin !== undefined && origin !== '' && within(destination, origin);
    for (let name = destination; !held && name.length > 0; ) {
      held = scopes.some((at) => isApex(at, name));
      const dot = name.indexOf('.');
      if (dot < 0) break;
      name = name.slice(dot + 1);
    }
    const authorization = `${policy}._report._dmarc.${destination}`;
    const authorised = scopes.some((at) => hasDmarcRecord(at, authorization) || hasDmarcRecord(at, `*._report._dmarc.${destination}`));
    out.push({ uri, policy, destination, authorization, held, authorised });
  }
  return out;
}
