/** Bundles bench/lib/probe-entry.ts with esbuild (into bench/data, git-ignored) and runs it. */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Milliseconds the service spends on a 10 MB YAML and JSON file with no DNS: `{ yaml, json }`. */
export async function measureServiceProbe(dataDir, bytes = 10 * 1024 * 1024) {
  const outfile = join(dataDir, 'probe.js');
  await build({ entryPoints: [join(HERE, 'probe-entry.ts')], bundle: true, platform: 'node', target: 'node20', mainFields: ['module', 'main'], outfile, logLevel: 'warning' });
  return JSON.parse(execFileSync(process.execPath, [outfile, String(bytes)], { encoding: 'utf8' }).trim().split('\n').pop());
}
