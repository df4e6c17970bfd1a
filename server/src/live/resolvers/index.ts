/** The live resolvers, re-exported for front ends. */
export { createResolver, type ResolverConfig, type ResolverKind } from './create';
export { CachingResolver, type CacheOptions } from './cache';
export { DirectResolver, parseServer, type DirectResolverOptions, type ServerAddress } from './direct';
export { DohResolver, type DohResolverOptions } from './doh';
export { SystemResolver, type SystemResolverOptions } from './system';
export { ZoneResolver, type ZoneEntry } from '../zone-resolver';
