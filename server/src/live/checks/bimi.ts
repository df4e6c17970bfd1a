/**
 * BIMI check: the record at `default._bimi.<domain>`, the static rules on it, the DMARC
 * enforcement it needs, the logo fetched over HTTPS (≤ 32 KiB) and scanned for SVG Tiny PS, and
 * the evidence document (`a=`): its certificate's validity dates and names.
 */
import { X509Certificate } from 'node:crypto';
import { parseTagList } from '../../service/policies/tag-list';
import { fetchHttps } from '../fetch';
import { txtWithVersion, type LiveRun } from './context';
import type { DmarcFound } from './dmarc';
import { staticFindings } from './static-pass';
import { svgTinyPsProblems } from './svg';

export const MAX_SVG_BYTES = 32 * 1024;
export const MAX_PEM_BYTES = 64 * 1024;

export async function checkBimi(run: LiveRun, dmarc: DmarcFound): Promise<void> {
  const name = `default._bimi.${run.domain}`;
  const answer = await run.query(name, 'TXT');
  if (run.failed('bimi', name, 'TXT', answer)) return;
  const records = txtWithVersion(answer, 'v=BIMI1');
  if (records.length === 0) {
    run.report('bimi', 'live/bimi-missing', `${run.domain} publishes no BIMI record at ${name}.`, name);
    return;
  }
  const strings = answer.kind === 'records' ? answer.records.flatMap((r) => (r.data.type === 'TXT' ? [r.data.strings] : [])) : [];
  staticFindings(run, 'bimi', strings.filter((s) => /^\s*v=BIMI1/i.test(s.join(''))).map((s) => ({ name, type: 'TXT' as const, strings: s })));
  const enforced = (dmarc.policy === 'quarantine' || dmarc.policy === 'reject') && (dmarc.pct === undefined || dmarc.pct === '100');
  if (!enforced) {
    const why = dmarc.at ? `the DMARC policy that applies (at _dmarc.${dmarc.at}) is \`${dmarc.policy}\`${dmarc.pct !== undefined && dmarc.pct !== '100' ? ` with pct=${dmarc.pct}` : ''}` : 'no DMARC policy applies';
    run.report('bimi', 'bimi/dmarc-not-enforced', `BIMI needs DMARC enforcement (p=quarantine or p=reject, pct=100), but ${why}: mailbox providers show no logo.`, name);
  }
  const tags = parseTagList(records[0]!).tags;
  const get = (n: string) => tags.find((t) => t.name.toLowerCase() === n)?.value.trim();
  const logo = get('l');
  const evidence = get('a');
  const out: Record<string, unknown> = { record: records[0] };
  if (logo) out.logo = await checkLogo(run, name, logo);
  if (evidence) out.certificate = await checkEvidence(run, name, evidence);
  run.records.bimi = out;
}

async function fetchFrom(run: LiveRun, url: string, purpose: string, maxBytes: number, code: string, name: string) {
  if (!(await run.mayFetch(url, purpose))) {
    run.report('bimi', 'live/not-fetched', `${url} (${purpose}) was not fetched: declined.`, url);
    return undefined;
  }
  const result = await fetchHttps(url, {
    maxBytes,
    timeoutMs: run.timeoutMs,
    resolver: run.options.resolver,
    ...(run.options.signal ? { signal: run.options.signal } : {}),
    ...(run.options.ca ? { ca: run.options.ca } : {}),
    ...(run.options.httpsPort ? { port: run.options.httpsPort } : {}),
  });
  if (result.kind === 'error') {
    run.report('bimi', code, `The ${purpose} could not be fetched: ${result.message}.`, name);
    return undefined;
  }
  return result;
}

async function checkLogo(run: LiveRun, name: string, url: string): Promise<unknown> {
  const fetched = await fetchFrom(run, url, 'BIMI logo', MAX_SVG_BYTES, 'live/bimi-svg-fetch', name);
  if (!fetched) return { url, fetched: false };
  const problems = svgTinyPsProblems(fetched.body.toString('utf8'));
  if (problems.length > 0) {
    run.report('bimi', 'live/bimi-svg-profile', `The BIMI logo ${url} is not SVG Tiny PS: ${problems.join('; ')}.`, url);
  }
  return { url, fetched: true, bytes: fetched.body.length, contentType: fetched.contentType, problems };
}

/** The certificates of a PEM text. */
export function pemCertificates(text: string): X509Certificate[] {
  const out: X509Certificate[] = [];
  for (const m of text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)) {
    try {
      out.push(new X509Certificate(m[0]));
    } catch {
      // not a certificate: skipped
    }
  }
  return out;
}

/** DNS names of a certificate's subjectAltName. */
function dnsNames(cert: X509Certificate): string[] {
  return (cert.subjectAltName ?? '').split(/,\s*/).flatMap((e) => (e.startsWith('DNS:') ? [e.slice(4).toLowerCase()] : []));
}

async function checkEvidence(run: LiveRun, name: string, url: string): Promise<unknown> {
  const fetched = await fetchFrom(run, url, 'BIMI evidence document', MAX_PEM_BYTES, 'live/bimi-certificate', name);
  if (!fetched) return { url, fetched: false };
  const certs = pemCertificates(fetched.body.toString('latin1'));
  const leaf = certs[0];
  if (!leaf) {
    run.report('bimi', 'live/bimi-certificate', `The BIMI evidence document ${url} holds no PEM certificate.`, url);
    return { url, fetched: true, certificates: 0 };
  }
  const now = Date.now();
  const from = Date.parse(leaf.validFrom);
  const to = Date.parse(leaf.validTo);
  const names = dnsNames(leaf);
  if (now < from) run.report('bimi', 'live/bimi-certificate', `The certificate in ${url} is not valid before ${leaf.validFrom}.`, url);
  if (now > to) run.report('bimi', 'live/bimi-certificate', `The certificate in ${url} expired on ${leaf.validTo}.`, url);
  if (!names.includes(run.domain)) run.report('bimi', 'live/bimi-certificate', `The certificate in ${url} names ${names.join(', ') || 'no DNS names'}, not ${run.domain}.`, url);
  return { url, fetched: true, certificates: certs.length, subject: leaf.subject, issuer: leaf.issuer, validFrom: leaf.validFrom, validTo: leaf.validTo, names };
}
