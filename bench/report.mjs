#!/usr/bin/env node
/**
 * Prints the README "Performance" tables from a saved results file, without running anything.
 *
 *   node bench/report.mjs [bench/results.json]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMarkdown } from './lib/report.mjs';

const file = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'results.json');
let results;
try {
  results = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`report: cannot read ${file} (${error instanceof Error ? error.message : error}); run \`npm run bench\` first`);
  process.exit(2);
}
console.log(formatMarkdown(results));
