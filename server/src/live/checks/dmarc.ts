/**
 * DMARC check: policy discovery by the DNS tree walk of RFC 9989 §4.10 (query `_dmarc.<domain>`,
 * then, past at most seven labels, each parent up to the top-level domain: eight queries at
 * most), the static rules on the record found, and authorisation of each external report
 * destination (`<domain>._report._dmarc.<destination>` TXT `v=DMARC1`, RFC 7489 §7.1).
 */
import { parseDmarc, uriListOf } from '../../service/policies/dmarc/parse';
import { sameOrganisation } from '../../service/policies/dmarc/support';
import { txtWithVersion, type LiveRun } from './context';
import { staticFindings } from './static-pass';

export const MAX_TREE_WALK_QUERIES = 8;

/** The names the tree walk queries `_dmarc.` under, in order (RFC 9989 §4.10). */
export function treeWalkNames(domain: string): string[] {
  const all = domain.replace(/\.$/, '').toLowerCase().split('.');
  const out = [all.join('.')];
  let labels = all.length > 8 ? all.slice(-7) : all.slice(1);
  while (labels.length >= 1 && out.length < MAX_TREE_WALK_QUERIES) {
    out.push(labels.join('.'));
    labels = labels.slice(1);
  }
  return out;
}

export interface DmarcFound {
  /** Where the policy was found (the policy domain), or undefined. */
  readonly at?: string;
  readonly record?: string;
  /** The policy that applies to the domain: `p`, or `sp`/`p` when inherited. */
  readonly policy?: string;
  readonly pct?: string;
}

export async function checkDmarc(run: LiveRun): Promise<DmarcFound> {
  const domain = run.domain;
  const queried: string[] = [];
  for (const name of treeWalkNames(domain)) {
    const owner = `_dmarc.${name}`;
    queried.push(owner);
    const answer = await run.query(owner, 'TXT');
    if (run.failed('dmarc', owner, 'TXT', answer)) return {};
    const records = txtWithVersion(answer, 'v=DMARC1');
    if (records.length === 0) continue;
    const strings = answer.kind === 'records' ? answer.records.flatMap((r) => (r.data.type === 'TXT' && /^\s*v=DMARC1(\s|;|$)/i.test(r.data.strings.join('')) ? [r.data.strings] : [])) : [];
    staticFindings(run, 'dmarc', strings.map((s) => ({ name: owner, type: 'TXT' as const, strings: s })));
    const dmarc = parseDmarc(records[0]!);
    const tag = (n: string) => dmarc.byName.get(n)?.value?.toLowerCase();
    const inherited = name !== domain;
    const policy = inherited ? (tag('sp') ?? tag('p') ?? 'none') : (tag('p') ?? 'none');
    if (inherited) {
      run.report('dmarc', 'live/dmarc-inherited', `${domain} has no DMARC record of its own; the DNS tree walk found the policy of ${name} at ${owner} (after ${queried.length} queries), so \`${inherited && tag('sp') ? 'sp' : 'p'}=${policy}\` applies.`, owner);
    }
    const found: DmarcFound = { at: name, record: records[0]!, policy, ...(tag('pct') !== undefined ? { pct: tag('pct')! } : {}) };
    run.records.dmarc = { ...found, queried };
    await checkAuthorisations(run, name, records[0]!);
    return found;
  }
  run.records.dmarc = { queried };
  run.report('dmarc', 'live/dmarc-missing', `No DMARC policy applies to ${domain}: the DNS tree walk queried ${queried.join(', ')} and found none. Publish \`v=DMARC1; p=none; rua=mailto:...\` at _dmarc.${domain} to start.`, `_dmarc.${domain}`);
  return {};
}

/** External report destinations must authorise the policy domain (RFC 7489 §7.1). */
async function checkAuthorisations(run: LiveRun, policyDomain: string, text: string): Promise<void> {
  const dmarc = parseDmarc(text);
  const seen = new Set<string>();
  for (const which of ['rua', 'ruf'] as const) {
    for (const uri of uriListOf(dmarc, which)?.uris ?? []) {
      const dest = uri.domain;
      if (!dest || seen.has(dest) || sameOrganisation(policyDomain, dest, undefined)) continue;
      seen.add(dest);
      const name = `${policyDomain}._report._dmarc.${dest}`;
      const answer = await run.query(name, 'TXT');
      if (run.failed('dmarc', name, 'TXT', answer)) continue;
      if (txtWithVersion(answer, 'v=DMARC1').length === 0) {
        run.report('dmarc', 'dmarc/missing-authorization', `The report destination ${uri.text} (${which}) is outside ${policyDomain} and ${dest} does not authorise it: no \`v=DMARC1\` TXT at ${name}. Receivers send no reports there.`, name);
      }
    }
  }
}
