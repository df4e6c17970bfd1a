/**
 * What the cross-record rules share: whether a record is the MTA-STS record they report on,
 * owner lookups through the rule context (`recordsAt`, else `relatedRecordsAt`), and the DMARC
 * policy that applies to a domain. Nothing here reads every record: the rules are record and
 * owner rules that follow names with `recordsAt`.
 */
import type { RecordSite } from '../../model';
import type { RuleContext } from '../../rules/define-rule';
import { contentKind } from '../kinds';
import { dmarcOf } from '../dmarc/parse';

/** True for a TXT record at `_mta-sts.<domain>` that announces MTA-STS (`v=STSv1`). */
function announcesMtaSts(record: RecordSite): boolean {
  return record.type === 'TXT' && record.owner.startsWith('_mta-sts.') && !!record.value && contentKind(record.value.text) === 'mta-sts';
}

/**
 * True when `record` announces MTA-STS at `_mta-sts.<domain>` and is the first record of this
 * document that does at its owner: the MTA-STS cross rules report once per owner, there. Looks
 * the owner up with `recordsAt`, so the check re-runs when the records at the owner change.
 */
export function firstMtaStsAtOwner(record: RecordSite, context: RuleContext): boolean {
  if (!announcesMtaSts(record)) return false;
  const uri = context.document.uri;
  for (const r of context.recordsAt(record.owner)) if (r.uri === uri && announcesMtaSts(r)) return r === record;
  return false;
}

/**
 * Records at an owner in this zone (and its includes), else in the other open documents. Looked
 * up through the context, so a record rule that follows names this way is re-run when the
 * records at those names change; other documents are consulted only when a name is missing here.
 */
export function lookup(context: RuleContext): (owner: string) => readonly RecordSite[] {
  return (owner) => {
    const found = context.recordsAt(owner);
    return found.length > 0 ? found : context.relatedRecordsAt(owner);
  };
}

/** A DMARC record as the cross checks read it: its tags in lower case. */
export interface DmarcView {
  /** The domain the record is published for (`example.com.`). */
  readonly domain: string;
  readonly records: readonly RecordSite[];
  readonly tags: ReadonlyMap<string, string>;
}

function dmarcAt(domain: string, find: (owner: string) => readonly RecordSite[]): DmarcView | undefined {
  const records = find(`_dmarc.${domain}`).filter((r) => r.type === 'TXT' && r.value && contentKind(r.value.text) === 'dmarc');
  if (records.length === 0) return undefined;
  // The DMARC rules' own parse (memoised, and with missing `;` repaired), so both read the same tags.
  const dmarc = dmarcOf(records[0]!);
  const tags = new Map<string, string>();
  for (const tag of dmarc?.tags ?? []) {
    const name = tag.name.toLowerCase();
    if (!tags.has(name)) tags.set(name, tag.value.toLowerCase());
  }
  return { domain, records, tags };
}

/**
 * The DMARC records that govern `domain`: its own (`_dmarc.<domain>`) and the nearest ancestor
 * with one (the organisational domain, found by walking up the tree as RFC 9989 §4.10 does; a
 * walk stops at the zone apex when the apex is known, else at two labels).
 */
export function dmarcFor(domain: string, find: (owner: string) => readonly RecordSite[], apex: string | undefined): { own?: DmarcView; parent?: DmarcView } {
  const own = dmarcAt(domain, find);
  let parent: DmarcView | undefined;
  let name = domain;
  for (let steps = 0; steps < 32; steps++) {
    const dot = name.indexOf('.');
    if (dot < 0 || dot === name.length - 1) break;
    name = name.slice(dot + 1);
    if (apex ? !(name === apex || name.endsWith(`.${apex}`)) : name.split('.').length < 3) break;
    parent = dmarcAt(name, find);
    if (parent) break;
  }
  return { ...(own ? { own } : {}), ...(parent ? { parent } : {}) };
}

/**
 * Why DMARC does not enforce for `domain`, in words for a message, or undefined when it does
 * (`p=quarantine` or `p=reject` applies, `pct` absent or 100, no `sp=none`, not `t=y`).
 * `missing` is set when no DMARC record was found at all.
 */
export function enforcementGap(found: { own?: DmarcView; parent?: DmarcView }, domain: string): { reason: string; missing?: boolean } | undefined {
  const { own, parent } = found;
  if (!own && !parent) return { reason: `no DMARC record was found for \`${domain}\` or a parent domain`, missing: true };
  const main = own ?? parent!;
  if (main.records.length > 1) return { reason: `\`_dmarc.${main.domain}\` holds ${main.records.length} DMARC records, so receivers apply no DMARC policy` };
  const policy = own ? own.tags.get('p') : parent!.tags.get('sp') ?? parent!.tags.get('p');
  const where = `\`_dmarc.${main.domain}\``;
  if (policy !== 'quarantine' && policy !== 'reject') {
    const which = own ? 'p' : parent!.tags.has('sp') ? 'sp' : 'p';
    return { reason: policy === undefined ? `${where} sets no policy (\`p=\`)` : `${where} has \`${which}=${policy}\`` };
  }
  for (const view of [own, parent]) {
    if (!view) continue;
    const pct = view.tags.get('pct');
    if (pct !== undefined && pct !== '100') return { reason: `\`_dmarc.${view.domain}\` has \`pct=${pct}\` (the policy applies to part of the mail only)` };
    if (view.tags.get('sp') === 'none') return { reason: `\`_dmarc.${view.domain}\` has \`sp=none\`` };
    if (view.tags.get('t') === 'y') return { reason: `\`_dmarc.${view.domain}\` has \`t=y\` (testing: the policy is not enforced)` };
  }
  return undefined;
}
