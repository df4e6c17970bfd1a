/**
 * SPF check (RFC 7208): the record at the domain, the static rules on it, then a full evaluation
 * by the SPF evaluator from an address that matches no mechanism (TEST-NET-1, RFC 5737), so
 * every term is looked up: the lookup tree, its lookup and void-lookup counts (§4.6.4) and
 * includes whose target has no SPF record.
 */
import { checkHost, type SpfRecordNode } from '../spf';
import { txtWithVersion, type LiveRun } from './context';
import { staticFindings } from './static-pass';

/** The address evaluated from: documentation space, so no real record matches it. */
export const PROBE_IP = '192.0.2.1';

/** Includes and redirects whose target published no SPF record. */
function missingTargets(node: SpfRecordNode, out: { term: string; from: string; target: string }[] = []): typeof out {
  for (const t of node.terms) {
    if ((t.name === 'include' || t.name === 'redirect') && t.evaluated && t.child && t.child.record === undefined) {
      out.push({ term: t.text, from: node.domain, target: t.child.domain });
    }
    if (t.child) missingTargets(t.child, out);
  }
  return out;
}

export async function checkSpf(run: LiveRun): Promise<void> {
  const domain = run.domain;
  const answer = await run.query(domain, 'TXT');
  if (run.failed('spf', domain, 'TXT', answer)) return;
  const spf = txtWithVersion(answer, 'v=spf1');
  if (spf.length === 0) {
    run.report('spf', 'live/spf-missing', `${domain} publishes no SPF record. Publish \`v=spf1 ... -all\` naming the hosts that send its mail (\`v=spf1 -all\` when none do).`, domain);
    return;
  }
  // The static rules read every TXT record of the name (two SPF records is spf/multiple-records).
  const all = answer.kind === 'records' ? answer.records.flatMap((r) => (r.data.type === 'TXT' ? [r.data.strings] : [])) : [];
  staticFindings(run, 'spf', all.filter((s) => /^v=spf1(\s|$)/i.test(s.join('').trimStart())).map((strings) => ({ name: domain, type: 'TXT' as const, strings })));
  if (spf.length > 1) return;
  const evaluation = await checkHost(
    { ip: PROBE_IP, domain },
    { resolver: run.options.resolver, ...(run.options.signal ? { signal: run.options.signal } : {}), maxLookups: 100, maxVoidLookups: 100 },
  );
  run.records.spf = { record: spf[0], lookups: evaluation.lookups, voidLookups: evaluation.voidLookups, result: evaluation.result, tree: evaluation.tree };
  if (evaluation.lookups > 10) {
    run.report('spf', 'spf/too-many-lookups', `Evaluating the SPF record of ${domain} takes ${evaluation.lookups} DNS lookups, over the limit of 10 (RFC 7208 §4.6.4): receivers return permerror. Flatten includes or remove terms.`, domain);
  }
  if (evaluation.voidLookups > 2) {
    run.report('spf', 'live/spf-void-lookups', `Evaluating the SPF record of ${domain} makes ${evaluation.voidLookups} void lookups, over the limit of 2 (RFC 7208 §4.6.4): receivers may return permerror. Remove terms that name domains without records.`, domain);
  }
  const missing = missingTargets(evaluation.tree);
  for (const m of missing) {
    run.report('spf', 'spf/missing-target', `\`${m.term}\` in the SPF record of ${m.from} names ${m.target}, which publishes no SPF record: receivers return permerror (RFC 7208 §5.2).`, m.from);
  }
  if ((evaluation.result === 'permerror' || evaluation.result === 'temperror') && missing.length === 0) {
    const reason = findReason(evaluation.tree) ?? evaluation.result;
    run.report('spf', 'live/spf-evaluation', `Evaluating the SPF record of ${domain} ends in ${evaluation.result}: ${reason}.`, domain);
  }
}

function findReason(node: SpfRecordNode): string | undefined {
  if (node.reason) return `${node.domain}: ${node.reason}`;
  for (const t of node.terms) {
    const r = t.child ? findReason(t.child) : undefined;
    if (r) return r;
  }
  return undefined;
}
