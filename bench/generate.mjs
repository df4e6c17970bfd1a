#!/usr/bin/env node
/**
 * Generates a large, realistic and VALID BIND zone for `npm run bench`.
 *
 *   node bench/generate.mjs [--records N] [--seed S] [--out FILE] [--force]
 *
 * The zone is deterministic (seeded PRNG): the same N, seed and GENERATOR_VERSION always give the
 * same bytes. It holds `$ORIGIN bench.example.`, `$TTL 3600`, a multi-line SOA, apex NS, MX, SPF
 * and DMARC, then exactly N body records mixing A, AAAA, MX, CNAME and TXT (SPF, DMARC, DKIM keys
 * and verification tokens, some split over several character-strings). Owners are mostly
 * relative, some blank (repeat the previous owner) and some absolute.
 *
 * Validity rules the generator keeps, so that `named-checkzone` and `kzonecheck` accept the zone
 * and comparisons are fair:
 *   - MX and CNAME targets are in-zone hosts emitted earlier with an A record;
 *   - a CNAME owner is a unique name with no other data and nothing below it;
 *   - owners of A, AAAA and MX records are valid host names (no underscores);
 *   - every character-string is at most 255 octets.
 *
 * A small, known number of email-policy problems is seeded on purpose (an SPF record split into
 * two strings that glue two terms together, SPF `ptr`, SPF `+all`, DMARC `p=none`): they are valid
 * DNS, so the reference tools accept them silently, but a checker that reports nothing on this
 * zone has not really parsed it. Their counts are written next to the zone in a manifest
 * (`<zone>.json`), with the record counts by type; `seeded` is keyed by the rule code expected to
 * report each problem.
 *
 * Without --out the zone goes to bench/data/bench-<N>-g<GENERATOR_VERSION>[-s<seed>].zone and is
 * reused when it already exists with the same parameters.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump whenever the output for given parameters changes, so cached zones are regenerated. */
export const GENERATOR_VERSION = 2;
export const ORIGIN = 'bench.example.';
export const ZONE_NAME = 'bench.example';
export const DEFAULT_RECORDS = 1_000_000;
export const DEFAULT_SEED = 0x5eed;

const HERE = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(HERE, 'data');

/** mulberry32: small, fast, good enough for test data; deterministic across platforms. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// Real, well-formed RSA public keys (SubjectPublicKeyInfo, base64), so DKIM records parse.
const DKIM_RSA_2048 =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq3zLKBZto03lvsSUd/ao9Tsm4hxNGDTBYxeRuShRY+4OcpCMoABTh9zR0RYADkazbD5KMFXJ03K5RnqxkB3M3aTAsdT8z2KXwi/sn29qoqVQdpqae0VqCs2ZFPaC2pRmq7oyFL1R0g3Y1goZdMg99LSoHHwKnKhYAyy+MIbyQTGcM59ZbLShZz5dPW6FSkrKMPy3XvNZOAnp8VNCNXIfMCmj9XhCyVsWVdfAfpCuac5LGqNoqhr1JJbsuYaChdhKPuZYkhbd5Iwg/6X0W4uJYUUVyNlkekbOZLAxNl4NOH49q8n9F3IhW4xfjTiMtZU6r/xK+OhyCKV1UjNaFjfgLwIDAQAB';

/** Public-looking first octets (no private, loopback, CGNAT, documentation or multicast space). */
const IPV4_FIRST = [5, 23, 31, 37, 45, 46, 51, 62, 77, 78, 80, 81, 82, 85, 88, 91, 93, 95, 104, 109, 141, 151, 176, 178, 185, 193, 194, 195, 212, 213, 217];
const IPV6_PREFIX = ['2a01:4f8', '2a00:1450', '2606:4700', '2a02:c7f', '2001:67c', '2a05:d014'];
const SPF_INCLUDES = ['_spf.google.com', 'spf.protection.outlook.com', 'sendgrid.net', 'mailgun.org', 'servers.mcsv.net', 'amazonses.com', '_spf.bench.example'];
const TTLS = [300, 600, 1800, 3600, 86400];
const VERIFY_PREFIX = ['google-site-verification=', 'MS=ms', 'facebook-domain-verification=', 'apple-domain-verification=', 'atlassian-domain-verification='];
const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** The default file for these parameters. */
export function zonePath({ records = DEFAULT_RECORDS, seed = DEFAULT_SEED } = {}) {
  const seedPart = seed === DEFAULT_SEED ? '' : `-s${seed}`;
  return join(DATA_DIR, `bench-${records}-g${GENERATOR_VERSION}${seedPart}.zone`);
}

/**
 * Returns `{ path, manifest, generated, seconds }` for a zone with these parameters, generating it
 * only when the file or its manifest is missing or was made with other parameters.
 */
export function ensureZone({ records = DEFAULT_RECORDS, seed = DEFAULT_SEED, out, force = false } = {}) {
  const path = out ?? zonePath({ records, seed });
  const manifestPath = `${path}.json`;
  if (!force && existsSync(path) && existsSync(manifestPath)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (manifest.generatorVersion === GENERATOR_VERSION && manifest.bodyRecords === records && manifest.seed === seed) {
        return { path, manifest, generated: false, seconds: 0 };
      }
    } catch {
      // unreadable manifest: regenerate
    }
  }
  const start = process.hrtime.bigint();
  const manifest = generateZone(path, { records, seed });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { path, manifest, generated: true, seconds };
}

/** Writes the zone to `path` (through a temporary file) and returns its manifest. */
export function generateZone(path, { records = DEFAULT_RECORDS, seed = DEFAULT_SEED } = {}) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  const CHUNK = 1 << 20;
  let buffer = '';
  let bytes = 0;
  const write = (text) => {
    buffer += text;
    if (buffer.length >= CHUNK) flush();
  };
  const flush = () => {
    if (buffer.length === 0) return;
    bytes += writeSync(fd, buffer);
    buffer = '';
  };

  const rnd = prng(seed);
  const byType = { SOA: 0, NS: 0, A: 0, AAAA: 0, MX: 0, CNAME: 0, TXT: 0 };
  const txtKinds = { spf: 0, dmarc: 0, dkim: 0, verification: 0, multiString: 0 };
  // Keyed by the rule code expected to report each seeded problem.
  const seeded = { 'txt/string-join': 0, 'spf/ptr-mechanism': 0, 'spf/pass-all': 0, 'dmarc/p-none': 0 };
  let lines = 0;

  // ---- header and apex (not counted in the N body records) ---------------------------------
  const serial = 2024010100 + (seed % 100);
  write(
    `; Benchmark zone generated by bench/generate.mjs (generator ${GENERATOR_VERSION}, seed ${seed}, ${records} body records).\n` +
      `; Deterministic: regenerate with \`node bench/generate.mjs --records ${records}\`.\n` +
      `$ORIGIN ${ORIGIN}\n` +
      `$TTL 3600\n` +
      `@\tIN\tSOA\tns1.${ORIGIN} hostmaster.${ORIGIN} (\n` +
      `\t\t\t${serial}\t; serial\n` +
      `\t\t\t7200\t\t; refresh\n` +
      `\t\t\t3600\t\t; retry\n` +
      `\t\t\t1209600\t\t; expire\n` +
      `\t\t\t3600 )\t\t; minimum\n` +
      `\tIN\tNS\tns1\n` +
      `\tIN\tNS\tns2.${ORIGIN}\n` +
      `\tIN\tMX\t10 mx1\n` +
      `\tIN\tMX\t20 mx2\n` +
      `\tIN\tTXT\t"v=spf1 mx include:_spf.${ORIGIN.slice(0, -1)} -all"\n` +
      `_spf\tIN\tTXT\t"v=spf1 ip4:185.12.64.0/22 ip4:193.17.20.0/24 ip6:2a01:4f8:c0c::/48 -all"\n` +
      `_dmarc\tIN\tTXT\t"v=DMARC1; p=reject; rua=mailto:dmarc-reports@${ORIGIN.slice(0, -1)}; adkim=s; aspf=s"\n` +
      `ns1\tIN\tA\t185.12.64.53\n` +
      `ns2\tIN\tA\t193.17.20.53\n` +
      `mx1\tIN\tA\t185.12.64.25\n` +
      `\tIN\tAAAA\t2a01:4f8:c0c::25\n` +
      `mx2\tIN\tA\t193.17.20.25\n`,
  );
  byType.SOA += 1;
  byType.NS += 2;
  byType.MX += 2;
  byType.TXT += 3;
  txtKinds.spf += 2;
  txtKinds.dmarc += 1;
  byType.A += 4;
  byType.AAAA += 1;
  lines += 22;
  const apexRecords = 13;

  // ---- body --------------------------------------------------------------------------------
  let emitted = 0;
  let hostCount = 0; // hosts h0..h{hostCount-1} all have an A record
  let domainCount = 0;
  let aliasCount = 0;
  let tokenCount = 0;

  const ipv4 = () => `${rnd.pick(IPV4_FIRST)}.${rnd.int(256)}.${rnd.int(256)}.${1 + rnd.int(254)}`;
  const hex = () => rnd.int(0x10000).toString(16);
  const ipv6 = () => `${rnd.pick(IPV6_PREFIX)}:${hex()}:${hex()}::${hex()}`;
  const token = (length) => {
    let s = '';
    for (let i = 0; i < length; i++) s += TOKEN_ALPHABET[rnd.int(TOKEN_ALPHABET.length)];
    return s;
  };
  /** Owner field: relative most of the time, sometimes absolute. */
  const owner = (relative) => (rnd.chance(0.1) ? `${relative}.${ORIGIN}` : relative);
  /**
   * The TTL of one RRset: `null` (the $TTL default) most of the time, else an explicit one.
   * All records of an RRset share it (RFC 2181 §5.2; BIND warns otherwise).
   */
  const rrsetTtl = () => (rnd.chance(0.35) ? rnd.pick(TTLS) : null);
  /** TTL and class fields in any of the orders BIND accepts, mostly the common ones. */
  const fields = (ttl) => {
    const r = rnd.next();
    if (ttl === null) return r < 0.6 ? 'IN\t' : '';
    if (r < 0.6) return `${ttl}\tIN\t`;
    if (r < 0.9) return `${ttl}\t`;
    return `IN\t${ttl}\t`;
  };
  /** An in-zone host that has an A record, written relative or absolute. */
  const hostTarget = () => {
    const name = `h${rnd.int(hostCount)}`;
    return rnd.chance(0.3) ? `${name}.${ORIGIN}` : name;
  };
  const record = (ownerField, type, rdata, ttl = rrsetTtl()) => {
    write(`${ownerField}\t${fields(ttl)}${type}\t${rdata}\n`);
    byType[type] += 1;
    emitted += 1;
    lines += 1;
  };
  const more = () => emitted < records;

  const spf = () => {
    const terms = ['v=spf1'];
    if (rnd.chance(0.4)) terms.push('mx');
    if (rnd.chance(0.15)) terms.push('a');
    const ip4s = 1 + rnd.int(3);
    for (let i = 0; i < ip4s; i++) terms.push(`ip4:${rnd.pick(IPV4_FIRST)}.${rnd.int(256)}.${rnd.int(256)}.0/${rnd.pick([24, 24, 25, 26, 28])}`);
    if (rnd.chance(0.3)) terms.push(`ip6:${rnd.pick(IPV6_PREFIX)}:${hex()}::/48`);
    const includes = rnd.int(3);
    const chosen = new Set();
    for (let i = 0; i < includes; i++) chosen.add(rnd.pick(SPF_INCLUDES));
    for (const include of chosen) terms.push(`include:${include}`);
    let all = rnd.chance(0.8) ? '-all' : '~all';
    if (rnd.chance(0.002)) {
      terms.push(`ptr:${ORIGIN.slice(0, -1)}`);
      seeded['spf/ptr-mechanism'] += 1;
    } else if (rnd.chance(0.001)) {
      all = '+all';
      seeded['spf/pass-all'] += 1;
    }
    terms.push(all);
    txtKinds.spf += 1;
    if (rnd.chance(0.2) && terms.length > 2) {
      // Split into two character-strings; the space is kept at the end of the first one, except
      // in a few seeded records where the join glues two terms together.
      const cut = 1 + rnd.int(terms.length - 1);
      txtKinds.multiString += 1;
      let space = ' ';
      if (rnd.chance(0.01)) {
        space = '';
        seeded['txt/string-join'] += 1;
      }
      return `"${terms.slice(0, cut).join(' ')}${space}" "${terms.slice(cut).join(' ')}"`;
    }
    return `"${terms.join(' ')}"`;
  };

  const dmarc = (domain) => {
    let policy = rnd.pick(['reject', 'quarantine', 'quarantine', 'reject']);
    if (rnd.chance(0.003)) {
      policy = 'none';
      seeded['dmarc/p-none'] += 1;
    }
    const tags = [`v=DMARC1`, `p=${policy}`];
    if (rnd.chance(0.3)) tags.push(`sp=${rnd.pick(['reject', 'quarantine'])}`);
    tags.push(`rua=mailto:dmarc@${domain}.${ORIGIN.slice(0, -1)}`);
    if (rnd.chance(0.2)) tags.push(`ruf=mailto:dmarc-forensic@${domain}.${ORIGIN.slice(0, -1)}`);
    if (rnd.chance(0.3)) tags.push(`adkim=${rnd.pick(['r', 's'])}`);
    if (rnd.chance(0.3)) tags.push(`aspf=${rnd.pick(['r', 's'])}`);
    if (rnd.chance(0.1)) tags.push('fo=1');
    txtKinds.dmarc += 1;
    return `"${tags.join('; ')}"`;
  };

  const dkim = () => {
    txtKinds.dkim += 1;
    txtKinds.multiString += 1;
    // A 2048-bit key does not fit one 255-octet string: split it as DNS hosting panels do.
    const value = `v=DKIM1; k=rsa; p=${DKIM_RSA_2048}`;
    const cut = 200 + rnd.int(50);
    return `( "${value.slice(0, cut)}"\n\t\t"${value.slice(cut)}" )`;
  };

  const verification = () => {
    txtKinds.verification += 1;
    const prefix = rnd.pick(VERIFY_PREFIX);
    if (rnd.chance(0.25)) {
      txtKinds.multiString += 1;
      return `"${prefix}${token(40)}" "${token(120)}" "${token(60)}"`;
    }
    return `"${prefix}${token(32 + rnd.int(12))}"`;
  };

  // Seed hosts so MX and CNAME always have targets.
  while (more() && hostCount < 10) {
    record(`h${hostCount}`, 'A', ipv4());
    hostCount += 1;
  }

  while (more()) {
    const r = rnd.next();
    if (r < 0.5) {
      // Host: A, often AAAA on a blank owner, sometimes a second A.
      const name = `h${hostCount}`;
      const aTtl = rrsetTtl();
      record(owner(name), 'A', ipv4(), aTtl);
      hostCount += 1;
      if (more() && rnd.chance(0.55)) record('', 'AAAA', ipv6());
      if (more() && rnd.chance(0.08)) record('', 'A', ipv4(), aTtl);
    } else if (r < 0.7) {
      // Alias: a unique owner with exactly one CNAME and nothing else.
      record(owner(`c${aliasCount}`), 'CNAME', hostTarget());
      aliasCount += 1;
    } else if (r < 0.95) {
      // Mail domain: MX, SPF on the same owner (blank), DMARC, sometimes a DKIM key.
      const name = `d${domainCount}`;
      domainCount += 1;
      const mxTtl = rrsetTtl();
      const txtTtl = rrsetTtl();
      record(owner(name), 'MX', `10 ${hostTarget()}`, mxTtl);
      if (more() && rnd.chance(0.6)) record('', 'MX', `20 ${hostTarget()}`, mxTtl);
      if (more()) record(rnd.chance(0.2) ? name : '', 'TXT', spf(), txtTtl);
      if (more()) record(owner(`_dmarc.${name}`), 'TXT', dmarc(name));
      if (more() && rnd.chance(0.3)) {
        record(owner(`${rnd.pick(['s1', 'selector1', 'google', 'k1', 'mail'])}._domainkey.${name}`), 'TXT', dkim());
        lines += 1;
      }
      if (more() && rnd.chance(0.1)) record(owner(name), 'TXT', verification(), txtTtl);
    } else {
      // Verification tokens on their own owner (some over several strings).
      record(owner(`t${tokenCount}`), 'TXT', verification());
      tokenCount += 1;
    }
    if (rnd.chance(0.002)) {
      write(`; ---- block ${emitted} ----\n`);
      lines += 1;
    }
  }

  flush();
  closeSync(fd);
  renameSync(tmp, path);

  return {
    generatorVersion: GENERATOR_VERSION,
    seed,
    zone: ZONE_NAME,
    origin: ORIGIN,
    bodyRecords: records,
    totalRecords: records + apexRecords,
    bytes,
    lines,
    byType,
    txtKinds,
    seeded,
  };
}

function parseArgs(argv) {
  const options = { records: DEFAULT_RECORDS, seed: DEFAULT_SEED, out: undefined, force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--records') options.records = parseCount(value());
    else if (arg === '--seed') options.seed = Number.parseInt(value(), 10);
    else if (arg === '--out') options.out = value();
    else if (arg === '--force') options.force = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node bench/generate.mjs [--records N] [--seed S] [--out FILE] [--force]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.seed) || options.seed < 0) throw new Error('--seed must be a non-negative integer');
  return options;
}

/** Accepts 1000000, 1_000_000, 1e6, 100k, 1m. */
export function parseCount(text) {
  const m = /^(\d[\d_]*(?:\.\d+)?(?:e\d+)?)([km]?)$/i.exec(String(text).trim());
  if (!m) throw new Error(`not a count: ${text}`);
  const n = Number(m[1].replaceAll('_', '')) * (m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1);
  if (!Number.isInteger(n) || n < 1) throw new Error(`not a positive whole count: ${text}`);
  return n;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const { path, manifest, generated, seconds } = ensureZone(options);
    const mb = (manifest.bytes / 1048576).toFixed(1);
    console.log(
      generated
        ? `generated ${path}: ${manifest.totalRecords} records, ${mb} MiB in ${seconds.toFixed(2)} s`
        : `reusing ${path}: ${manifest.totalRecords} records, ${mb} MiB`,
    );
    console.log(`by type: ${Object.entries(manifest.byType).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  } catch (error) {
    console.error(`generate: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
}
