/**
 * `zonemail spf DOMAIN --ip IP`: evaluates SPF (RFC 7208 check_host()) for a client address.
 * Answers come from the given zone files (`--zone`, offline: a name not in them is NXDOMAIN),
 * from one DNS server (`--dns`), from DNS over HTTPS (`--doh`), or from the system resolver.
 * Exit status 0 when the evaluation ran, whatever its result; 2 on bad usage or unreadable zones.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getLanguageService, type ParsedDocument } from '../service';
import { createNodeFileSystem } from '../lsp/node-file-system';
import { createResolver, type ResolverConfig } from '../live/resolvers/create';
import { checkHost } from '../live/spf';
import { parseSpfArgs } from './spf-args';
import { formatSpfJson, formatSpfText } from './spf-format';
import { readZoneText } from './read-zone';

export interface SpfCommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly usage: string;
}

/** Runs the command; resolves with the exit status. */
export async function runSpf(argv: readonly string[], io: SpfCommandIo): Promise<number> {
  const args = parseSpfArgs(argv);
  if ('error' in args) {
    io.stderr(`zonemail: ${args.error}\n\n${io.usage}`);
    return 2;
  }
  if (args.help) {
    io.stdout(io.usage);
    return 0;
  }
  let config: ResolverConfig;
  if (args.zones.length > 0) {
    const service = getLanguageService({ fileSystem: createNodeFileSystem(Number.MAX_SAFE_INTEGER) });
    const documents: ParsedDocument[] = [];
    for (const file of args.zones) {
      let text: string;
      try {
        text = readZoneText(file);
      } catch (error) {
        io.stderr(`zonemail: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
      }
      const doc = service.parse({ uri: pathToFileURL(path.resolve(file)).href, text, languageId: 'dns-zone' }, true);
      if (doc) documents.push(doc);
    }
    config = { kind: 'zone', documents };
  } else if (args.dns !== undefined) {
    config = { kind: 'direct', servers: [args.dns] };
  } else if (args.doh !== undefined) {
    config = { kind: 'doh', url: args.doh };
  } else {
    config = { kind: 'system' };
  }
  const resolver = createResolver(config);
  if ('error' in resolver) {
    io.stderr(`zonemail: ${resolver.error}\n`);
    return 2;
  }
  const evaluation = await checkHost(
    { ip: args.ip, domain: args.domain, ...(args.sender !== undefined ? { sender: args.sender } : {}), ...(args.helo !== undefined ? { helo: args.helo } : {}) },
    { resolver },
  );
  io.stdout(args.format === 'json' ? formatSpfJson(evaluation) : formatSpfText(evaluation, args.ip));
  return 0;
}
