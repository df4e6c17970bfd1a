/**
 * DNSSEC status (RFC 4033 §3): whether the validating resolver authenticated the domain's
 * answers (the AD bit on its DNSKEY set, or on its SOA when it has none).
 */
import type { LiveRun } from './context';

export async function checkDnssec(run: LiveRun): Promise<void> {
  const answer = await run.query(run.domain, 'DNSKEY');
  if (run.failed('dnssec', run.domain, 'DNSKEY', answer)) return;
  const keys = answer.kind === 'records' ? answer.records.filter((r) => r.data.type === 'DNSKEY').length : 0;
  const authenticated = 'authenticated' in answer ? answer.authenticated : undefined;
  run.records.dnssec = { dnskeys: keys, authenticated };
  if (authenticated === true) return;
  run.report(
    'dnssec',
    'live/dnssec-unsigned',
    authenticated === false
      ? `The answers for ${run.domain} are not DNSSEC-validated (no AD bit${keys > 0 ? ', although it publishes DNSKEY records: is its DS published?' : ''}).`
      : `Whether ${run.domain} is DNSSEC-validated is unknown: this resolver does not report the AD bit. Use a validating resolver (--dns HOST).`,
    run.domain,
  );
}
