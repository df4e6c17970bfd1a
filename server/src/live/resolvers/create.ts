/**
 * `createResolver(config)`: the one place that turns settings (`zonemail.live.resolver` and
 * friends) or command-line options into a resolver, with its own answer cache in front.
 */
import { getServers } from 'node:dns';
import type { ParsedDocument } from '../../service';
import type { Resolver } from '../resolver';
import { ZoneResolver } from '../zone-resolver';
import { CachingResolver, type CacheOptions } from './cache';
import { DirectResolver, parseServer, type ServerAddress } from './direct';
import { DohResolver } from './doh';
import { SystemResolver } from './system';

export type ResolverConfig =
  | { readonly kind: 'system'; readonly servers?: readonly string[]; readonly timeoutMs?: number; readonly cache?: CacheOptions | false }
  | { readonly kind: 'direct'; readonly servers?: readonly string[]; readonly timeoutMs?: number; readonly dnssec?: boolean; readonly cache?: CacheOptions | false }
  | { readonly kind: 'doh'; readonly url: string; readonly ca?: string | readonly string[]; readonly timeoutMs?: number; readonly cache?: CacheOptions | false }
  | { readonly kind: 'zone'; readonly documents: readonly ParsedDocument[] };

export type ResolverKind = ResolverConfig['kind'];

/** A resolver for the configuration, or a message saying what is wrong with it. */
export function createResolver(config: ResolverConfig): Resolver | { readonly error: string } {
  let resolver: Resolver;
  switch (config.kind) {
    case 'zone':
      return ZoneResolver.fromDocuments(config.documents);
    case 'system':
      resolver = new SystemResolver({ ...(config.servers ? { servers: config.servers } : {}), ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}) });
      break;
    case 'direct': {
      const texts = config.servers && config.servers.length > 0 ? config.servers : getServers();
      const servers: ServerAddress[] = [];
      for (const text of texts) {
        const server = parseServer(text);
        if (!server) return { error: `'${text}' is not a DNS server address (HOST or HOST:PORT)` };
        servers.push(server);
      }
      if (servers.length === 0) return { error: 'no DNS server is configured on this system: give one' };
      resolver = new DirectResolver({ servers, ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}), ...(config.dnssec !== undefined ? { dnssec: config.dnssec } : {}) });
      break;
    }
    case 'doh': {
      let url: URL;
      try {
        url = new URL(config.url);
      } catch {
        return { error: `'${config.url}' is not a URL` };
      }
      if (url.protocol !== 'https:') return { error: `DNS over HTTPS needs an https: URL, not ${url.protocol}` };
      resolver = new DohResolver({ url: config.url, ...(config.ca ? { ca: config.ca } : {}), ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}) });
      break;
    }
  }
  return config.cache === false ? resolver : new CachingResolver(resolver, config.cache ?? {});
}
