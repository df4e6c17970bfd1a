/**
 * Which record is which (RULES.md "Which rules apply"): the policy kind an owner name implies
 * (`_dmarc.`, `<selector>._domainkey.`, `<selector>._bimi.`, `_mta-sts.`, `_smtp._tls.`,
 * `<domain>._report._dmarc.`) and the kind a TXT value announces (`v=spf1`, `v=DMARC1`, ...).
 */
import type { RecordSite } from '../model';
import { cached } from './cache';

export type PolicyKind = 'spf' | 'dmarc' | 'dmarc-report' | 'dkim' | 'bimi' | 'mta-sts' | 'tls-rpt';

/** The version tag each kind starts with, as the standard spells it. */
export const VERSION_TAGS: Readonly<Record<Exclude<PolicyKind, 'dmarc-report'>, string>> = {
  spf: 'v=spf1',
  dmarc: 'v=DMARC1',
  dkim: 'v=DKIM1',
  bimi: 'v=BIMI1',
  'mta-sts': 'v=STSv1',
  'tls-rpt': 'v=TLSRPTv1',
};

/** True when `label` stands as a whole label at `at` in `owner` (followed by a dot). */
function labelAt(owner: string, at: number, label: string): boolean {
  return owner.startsWith(label, at) && owner.charCodeAt(at + label.length) === 46;
}

/** The index of `.<label>.` inside `owner` after the first label, or -1. */
function innerLabel(owner: string, label: string): number {
  const at = owner.indexOf(`.${label}.`);
  return at >= 0 ? at + 1 : -1;
}

/** The kind an owner name implies (absolute, lower case), or undefined. */
export function ownerKind(owner: string): PolicyKind | undefined {
  // Cheap exit: every policy owner holds an underscore label.
  if (owner.indexOf('_') < 0) return undefined;
  if (labelAt(owner, 0, '_dmarc')) return 'dmarc';
  const report = innerLabel(owner, '_report');
  if (report > 0 && labelAt(owner, report + '_report.'.length, '_dmarc')) return 'dmarc-report';
  if (labelAt(owner, 0, '_mta-sts')) return 'mta-sts';
  if (labelAt(owner, 0, '_smtp') && labelAt(owner, '_smtp.'.length, '_tls')) return 'tls-rpt';
  if (innerLabel(owner, '_domainkey') > 0) return 'dkim';
  if (innerLabel(owner, '_bimi') > 0) return 'bimi';
  return undefined;
}

function isWsp(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * The kind a value announces by its version tag, or undefined. SPF: `v=spf1` followed by a
 * space or the end, any case (RFC 7208 §4.5). Tag lists: `v` `=` and the version, with optional
 * whitespace around `=`, any case (the case rules are checked by each kind's rules).
 */
export function contentKind(text: string): Exclude<PolicyKind, 'dmarc-report'> | undefined {
  if (text.length >= 6 && text.slice(0, 6).toLowerCase() === 'v=spf1' && (text.length === 6 || isWsp(text.charCodeAt(6)))) return 'spf';
  let i = 0;
  while (i < text.length && isWsp(text.charCodeAt(i))) i++;
  if ((text.charCodeAt(i) | 0x20) !== 118 /* v */) return undefined;
  i++;
  while (i < text.length && isWsp(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 61 /* = */) return undefined;
  i++;
  while (i < text.length && isWsp(text.charCodeAt(i))) i++;
  let end = i;
  while (end < text.length && text.charCodeAt(end) !== 59 && !isWsp(text.charCodeAt(end))) end++;
  switch (text.slice(i, end).toLowerCase()) {
    case 'dmarc1':
      return 'dmarc';
    case 'dkim1':
      return 'dkim';
    case 'bimi1':
      return 'bimi';
    case 'stsv1':
      return 'mta-sts';
    case 'tlsrptv1':
      return 'tls-rpt';
    default:
      return undefined;
  }
}

/** A value that almost announces a kind (`spf1 ...`, `v=spf 1`, `v=DMARC 1`), and what it meant. */
export interface NearMiss {
  readonly kind: Exclude<PolicyKind, 'dmarc-report'>;
  /** Value range of the misspelt version. */
  readonly start: number;
  readonly end: number;
  /** The corrected version text for that range. */
  readonly replacement: string;
}

const NEAR: readonly { kind: Exclude<PolicyKind, 'dmarc-report'>; squeezed: string; tag: string }[] = [
  { kind: 'spf', squeezed: 'v=spf1', tag: 'v=spf1' },
  { kind: 'spf', squeezed: 'spf1', tag: 'v=spf1' },
  { kind: 'spf', squeezed: 'v:spf1', tag: 'v=spf1' },
  { kind: 'spf', squeezed: 'v-spf1', tag: 'v=spf1' },
  { kind: 'spf', squeezed: 'vspf1', tag: 'v=spf1' },
  { kind: 'dmarc', squeezed: 'v=dmarc1', tag: 'v=DMARC1' },
  { kind: 'dmarc', squeezed: 'v:dmarc1', tag: 'v=DMARC1' },
  { kind: 'dkim', squeezed: 'v=dkim1', tag: 'v=DKIM1' },
  { kind: 'bimi', squeezed: 'v=bimi1', tag: 'v=BIMI1' },
  { kind: 'mta-sts', squeezed: 'v=stsv1', tag: 'v=STSv1' },
  { kind: 'tls-rpt', squeezed: 'v=tlsrptv1', tag: 'v=TLSRPTv1' },
];

/**
 * A near miss of a version tag at the start of the value: the first characters, with spaces
 * removed and in lower case, spell a version tag, but the value does not announce that kind.
 */
export function nearMiss(text: string): NearMiss | undefined {
  if (contentKind(text) !== undefined) return undefined;
  let squeezed = '';
  const at: number[] = [];
  for (let i = 0; i < text.length && squeezed.length < 12; i++) {
    const c = text.charCodeAt(i);
    if (isWsp(c)) continue;
    squeezed += text[i]!.toLowerCase();
    at.push(i);
  }
  for (const n of NEAR) {
    if (!squeezed.startsWith(n.squeezed)) continue;
    const start = at[0]!;
    const end = at[n.squeezed.length - 1]! + 1;
    const exact = text.slice(start, end).toLowerCase() === n.tag.toLowerCase();
    // `v=DKIM1:` and the like: the version is right and only its separator is wrong, which the
    // kind's own rules report (at its owner name).
    if (exact && n.kind !== 'spf') continue;
    // `v=spf1include:...`: the version is right but glued to the first term.
    const glued = n.kind === 'spf' && exact;
    return { kind: n.kind, start, end, replacement: glued ? 'v=spf1 ' : n.tag };
  }
  return undefined;
}

/** What a TXT record is, by owner and by content. */
export interface Classification {
  /** The kind its rules are checked as: the content's kind, else the owner's. */
  readonly kind: PolicyKind | undefined;
  readonly byOwner: PolicyKind | undefined;
  readonly byContent: Exclude<PolicyKind, 'dmarc-report'> | undefined;
}

/** Classifies a TXT or SPF record (memoised per record value). */
export function classify(record: RecordSite): Classification | undefined {
  const value = record.value;
  if (!value) return undefined;
  return cached('classification', value, () => {
    const byOwner = ownerKind(record.owner);
    const byContent = contentKind(value.text);
    let kind: PolicyKind | undefined = byContent ?? byOwner;
    // The external-destination authorisation record is a DMARC record with its own rules.
    if (byOwner === 'dmarc-report' && byContent === 'dmarc') kind = 'dmarc-report';
    return { kind, byOwner, byContent };
  });
}
