/**
 * The cross-check of a policy file with the zones it is given (RFC 8461 §4.1): every MX host of
 * the policy's domain must match an `mx` pattern, or senders that enforce the policy refuse to
 * deliver to it. Shared by `mta-sts/policy-mx-unmatched` and its `testing` twin.
 */
import type { Fix, ParsedDocument, RecordSite } from '../../../model';
import type { RuleContext } from '../../../rules/define-rule';
import { fieldsNamed, modeOf, policyOf } from './fields';
import { mxHostsOf, policyDomains } from './domain';
import { mxMatches } from './mx-pattern';

export interface Unmatched {
  readonly domain: string;
  readonly host: string;
  readonly record: RecordSite;
}

/** MX hosts not matched by any pattern, per domain, when the policy is in `mode`. */
export function unmatchedMxHosts(document: ParsedDocument, context: RuleContext, mode: 'enforce' | 'testing'): Unmatched[] {
  const policy = policyOf(document);
  if (!policy || modeOf(policy) !== mode) return [];
  const patterns = fieldsNamed(policy, 'mx').filter((f) => f.value !== '');
  if (patterns.length === 0) return [];
  const records = context.relatedRecords;
  const out: Unmatched[] = [];
  for (const domain of policyDomains(document.uri, records)) {
    for (const { host, record } of mxHostsOf(domain, records)) {
      if (!patterns.some((p) => mxMatches(host, p.value))) out.push({ domain, host, record });
    }
  }
  return out;
}

/** Reports each unmatched host on the last `mx` line, with a fix that adds a line for it. */
export function reportUnmatched(document: ParsedDocument, context: RuleContext, mode: 'enforce' | 'testing'): void {
  const policy = policyOf(document);
  if (!policy) return;
  const found = unmatchedMxHosts(document, context, mode);
  if (found.length === 0) return;
  const last = fieldsNamed(policy, 'mx').filter((f) => f.value !== '').pop()!;
  const lineEnd = last.fullRange.end;
  const endsWithNewline = lineEnd > last.lineRange.end;
  for (const { domain, host } of found) {
    const name = host.slice(0, -1);
    const at = endsWithNewline ? lineEnd : last.lineRange.end;
    const newText = endsWithNewline ? `mx: ${name}${policy.eol}` : `${policy.eol}mx: ${name}`;
    const fix: Fix = { title: `Add \`mx: ${name}\``, edits: [{ range: { start: at, end: at }, newText }], isPreferred: true };
    const consequence =
      mode === 'enforce'
        ? 'senders that enforce this policy refuse to deliver mail to it'
        : 'senders report every delivery to it as a policy failure (mode `testing`), and would refuse it once the mode is `enforce`';
    context.report({
      range: last.valueRange,
      message: `The MX host \`${name}\` of \`${domain.slice(0, -1)}\` matches no \`mx\` pattern of this policy, so ${consequence} (RFC 8461 §4.1). Add \`mx: ${name}\` (a \`*.\` pattern covers one label only), or remove the MX record.`,
      fixes: [fix],
    });
  }
}
