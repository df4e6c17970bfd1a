/**
 * What the cross-record rules need from a zone, gathered in one pass over its records and
 * memoised per record list (so a run over a million records pays for it once): the `_mta-sts`
 * TXT records, the domains with a TLS-RPT record, the MX records; plus owner lookups through
 * the rule context (`recordsAt`, `relatedRecordsAt`), and the DMARC policy that applies to a domain.
 */
import type { RecordSite } from '../../model';
import type { RuleContext } from '../../rules/define-rule';
import { contentKind } from '../kinds';
import { parseTagList } from '../tag-list';

export interface MailIndex {
  /** TXT records at `_mta-sts.<domain>` that announce MTA-STS. */
  readonly mtaSts: readonly RecordSite[];
  /** Domains (`example.com.`) with a TLS-RPT record at `_smtp._tls.<domain>`. */
  readonly tlsRptDomains: ReadonlySet<string>;
  /** Every MX record. */
  readonly mx: readonly RecordSite[];
  /** Owners `_25._tcp.<host>` with a TLSA record, or a CNAME (to a shared TLSA set). */
  readonly smtpTlsa: ReadonlySet<string>;
}

const memo = new WeakMap<readonly RecordSite[], MailIndex>();

export function mailIndex(records: readonly RecordSite[]): MailIndex {
  let index = memo.get(records);
  if (index) return index;
  const mtaSts: RecordSite[] = [];
  const tlsRptDomains = new Set<string>();
  const mx: RecordSite[] = [];
  const smtpTlsa = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const type = r.type;
    if (type === 'MX') {
      mx.push(r);
    } else if ((type === 'TLSA' || type === 'CNAME') && r.owner.startsWith('_25._tcp.')) {
      smtpTlsa.add(r.owner);
    } else if (type === 'TXT' && r.owner.charCodeAt(0) === 95 /* _ */) {
      const owner = r.owner;
      if (owner.startsWith('_mta-sts.')) {
        if (r.value && contentKind(r.value.text) === 'mta-sts') mtaSts.push(r);
      } else if (owner.startsWith('_smtp._tls.')) {
        if (r.value && contentKind(r.value.text) === 'tls-rpt') tlsRptDomains.add(owner.slice('_smtp._tls.'.length));
      }
    }
  }
  index = { mtaSts, tlsRptDomains, mx, smtpTlsa };
  memo.set(records, index);
  return index;
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

/** The zone's apex: the SOA owner, else the document's zone origin. */
export function zoneApex(context: RuleContext): string | undefined {
  return context.document.zoneOrigin;
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
  const tags = new Map<string, string>();
  for (const tag of parseTagList(records[0]!.value!.text).tags) {
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
