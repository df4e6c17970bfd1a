/**
 * `zonemail live DOMAIN`: the live checks of a domain against DNS, HTTPS and SMTP, and with
 * `--compare FILE` the records of a zone file against what DNS publishes. Exit status as `check`:
 * 0 no errors, 1 errors found, 2 bad usage.
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { getLanguageService } from '../service';
import { checkDomain, normalizeDomain } from '../live/checks';
import { compareDocument } from '../live/compare';
import { comparisonFindings } from '../live/compare-findings';
import { createResolver, type ResolverConfig } from '../live/resolvers';
import { createNodeFileSystem } from '../lsp/node-file-system';
import { parseLiveArgs, type LiveArgs } from './live-args';
import { formatLiveJson, formatLiveText } from './live-format';
import { readZoneText } from './read-zone';

function resolverConfig(args: LiveArgs, ca: string | undefined): ResolverConfig {
  if (args.doh) return { kind: 'doh', url: args.doh, timeoutMs: args.timeoutMs, ...(ca ? { ca } : {}) };
  return { kind: 'direct', ...(args.dns.length > 0 ? { servers: args.dns } : {}), timeoutMs: args.timeoutMs, dnssec: true };
}

/** Runs the command; resolves with the exit status. Output goes to the given writers. */
export async function runLive(argv: readonly string[], out: (s: string) => void, err: (s: string) => void, usage: string): Promise<number> {
  const args = parseLiveArgs(argv);
  if ('error' in args) {
    err(`zonemail: ${args.error}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    out(usage);
    return 0;
  }
  const domain = normalizeDomain(args.domain);
  if (!domain) {
    err(`zonemail: '${args.domain}' is not a domain name\n`);
    return 2;
  }
  let ca: string | undefined;
  if (args.caFile) {
    try {
      ca = fs.readFileSync(args.caFile, 'utf8');
    } catch (error) {
      err(`zonemail: cannot read ${args.caFile}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  const resolver = createResolver(resolverConfig(args, ca));
  if ('error' in resolver) {
    err(`zonemail: ${resolver.error}\n`);
    return 2;
  }
  let compareText: string | undefined;
  if (args.compare) {
    try {
      compareText = readZoneText(args.compare);
    } catch (error) {
      err(`zonemail: cannot read ${args.compare}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  const report = await checkDomain(domain, {
    resolver,
    dkimSelectors: args.dkimSelectors,
    timeoutMs: args.timeoutMs,
    ...(ca ? { ca: [ca] } : {}),
    ...(args.httpsPort ? { httpsPort: args.httpsPort } : {}),
    ...(args.smtpPort ? { smtpPort: args.smtpPort } : {}),
    ...(args.noSmtp ? { probeSmtp: false } : {}),
  });
  const findings = [...report.findings];
  let comparison;
  if (args.compare && compareText !== undefined) {
    const service = getLanguageService({ fileSystem: createNodeFileSystem(Number.MAX_SAFE_INTEGER) });
    const parsed = service.parse({ uri: pathToFileURL(path.resolve(args.compare)).href, text: compareText, languageId: 'dns-zone' }, true);
    if (!parsed) {
      err(`zonemail: ${args.compare} could not be read as a zone file\n`);
      return 2;
    }
    comparison = await compareDocument(parsed, resolver);
    findings.push(...comparisonFindings(comparison));
  }
  const result = { report, findings, ...(comparison ? { comparison } : {}) };
  out(args.format === 'json' ? formatLiveJson(result) : formatLiveText(result));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
