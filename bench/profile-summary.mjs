#!/usr/bin/env node
/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time per function, heaviest first, and
 * self time per source file. Positions in a bundle (dist/*.js) are mapped back to the TypeScript
 * sources through its `.map` file when there is one.
 *
 *   node --cpu-prof --cpu-prof-dir bench/data/profile dist/cli.js check --format json ZONE
 *   node bench/profile-summary.mjs bench/data/profile/CPU.*.cpuprofile [--top N] [--json]
 *
 * Self time of a sample is the gap to the next sample (as Chrome DevTools counts it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---- source maps (v3, VLQ mappings) ------------------------------------------------------------

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes a v3 source map into per-line sorted segments [generatedColumn, source, line, column]. */
function decodeSourceMap(map) {
  const lines = [];
  let source = 0;
  let line = 0;
  let column = 0;
  for (const lineText of map.mappings.split(';')) {
    const segments = [];
    let generatedColumn = 0;
    for (const segmentText of lineText.split(',')) {
      if (!segmentText) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of segmentText) {
        const digit = B64.get(ch);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generatedColumn += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        line += fields[2];
        column += fields[3];
        segments.push([generatedColumn, source, line, column]);
      }
    }
    lines.push(segments);
  }
  const root = map.sourceRoot ?? '';
  return { lines, sources: map.sources.map((s) => root + s) };
}

const mapCache = new Map();
function sourceMapFor(file) {
  if (!mapCache.has(file)) {
    let decoded;
    const mapFile = `${file}.map`;
    if (existsSync(mapFile)) {
      try {
        decoded = decodeSourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
        decoded.dir = dirname(mapFile);
      } catch {
        decoded = undefined;
      }
    }
    mapCache.set(file, decoded);
  }
  return mapCache.get(file);
}

/** Maps a 0-based generated line and column to `{ file, line }` (1-based line) in the sources. */
function originalPosition(file, line, column) {
  const map = sourceMapFor(file);
  const segments = map?.lines[line];
  if (!segments || segments.length === 0) return undefined;
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid][0] <= column) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = segments[Math.max(found, 0)];
  return { file: resolve(map.dir, map.sources[s[1]]), line: s[2] + 1 };
}

// ---- profile ----------------------------------------------------------------------------------

function displayPath(path) {
  const rel = relative(ROOT, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

function location(callFrame) {
  const { url, lineNumber, columnNumber } = callFrame;
  if (!url) return '';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (!isAbsolute(file)) return `${file}:${lineNumber + 1}`;
  const original = lineNumber >= 0 ? originalPosition(file, lineNumber, columnNumber) : undefined;
  if (original) return `${displayPath(original.file)}:${original.line}`;
  return `${displayPath(file)}:${lineNumber + 1}`;
}

/**
 * @returns {{ totalMs: number, samples: number, functions: { name: string, location: string,
 *   selfMs: number, percent: number }[], files: { file: string, selfMs: number, percent: number }[] }}
 */
export function summarizeProfile(file, { top = 15 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + Math.max(dt, 0));
  }
  const totalUs = profile.endTime - profile.startTime;

  const byFunction = new Map();
  const byFile = new Map();
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    const where = location(frame);
    const name = frame.functionName || (frame.url ? '(anonymous)' : '(native)');
    const key = `${name}\u0000${where}`;
    const entry = byFunction.get(key) ?? { name, location: where, selfUs: 0 };
    entry.selfUs += us;
    byFunction.set(key, entry);
    const fileKey = where ? where.replace(/:\d+$/, '') : name;
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
  }
  const pct = (us) => Math.round((1000 * us) / Math.max(totalUs, 1)) / 10;
  const functions = [...byFunction.values()]
    .sort((a, b) => b.selfUs - a.selfUs)
    .slice(0, top)
    .map((f) => ({ name: f.name, location: f.location, selfMs: Math.round(f.selfUs / 100) / 10, percent: pct(f.selfUs) }));
  const files = [...byFile.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([f, us]) => ({ file: f, selfMs: Math.round(us / 100) / 10, percent: pct(us) }));
  return { totalMs: Math.round(totalUs / 100) / 10, samples: samples.length, functions, files };
}

export function formatSummary(summary) {
  const out = [`profile: ${summary.totalMs.toFixed(0)} ms, ${summary.samples} samples`, '', 'self time by function:'];
  for (const f of summary.functions) {
    out.push(`  ${f.selfMs.toFixed(1).padStart(9)} ms ${f.percent.toFixed(1).padStart(5)}%  ${f.name}${f.location ? `  ${f.location}` : ''}`);
  }
  out.push('', 'self time by file:');
  for (const f of summary.files) out.push(`  ${f.selfMs.toFixed(1).padStart(9)} ms ${f.percent.toFixed(1).padStart(5)}%  ${f.file}`);
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  let top = 15;
  let json = false;
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--top') top = Number(args[++i]);
    else if (args[i] === '--json') json = true;
    else files.push(args[i]);
  }
  if (files.length !== 1 || !Number.isInteger(top) || top < 1) {
    console.error('usage: node bench/profile-summary.mjs FILE.cpuprofile [--top N] [--json]');
    process.exit(2);
  }
  const summary = summarizeProfile(resolve(files[0]), { top });
  console.log(json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
}

