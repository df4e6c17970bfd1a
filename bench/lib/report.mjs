/**
 * Measurements and how they are shown. Every benchmark adds to one flat list of measurements;
 * the console table, `bench/results.json` and the README table are all made from that list, so a
 * new benchmark (LSP edit latency, hover time, ...) only has to push measurements.
 *
 * A measurement:
 *   id        stable key, e.g. `check.zonemail.wall` (use it to compare runs)
 *   name      what is shown to people
 *   value     a number (never a string), in `unit`
 *   unit      `s`, `ms`, `MB`, `records/s`, `×`, ...
 *   better    `lower` or `higher`: which way is good
 *   target?   the goal for `value`: at most (`better: lower`) or at least (`better: higher`)
 *   status?   `pass` or `miss`, present when there is a target
 *   ratio?    value relative to a reference tool's value for the same measure, with `ratioTo`
 *   group?    the table it belongs in (`check` for the zone-check comparison)
 *   tool?     the program measured
 *   source?   where the figure comes from when this run did not measure it (e.g. the last
 *             real-VS-Code suite run and its date), or what the target is (a limit)
 */

/** Makes a measurement and sets `status` when it has a target. */
export function measurement({ id, name, value, unit, better = 'lower', target, ratio, ratioTo, group, tool, note, source }) {
  const m = { id, name, value, unit, better };
  if (target !== undefined) {
    m.target = target;
    m.status = (better === 'lower' ? value <= target : value >= target) ? 'pass' : 'miss';
  }
  if (ratio !== undefined && Number.isFinite(ratio)) {
    m.ratio = round(ratio, 3);
    m.ratioTo = ratioTo;
  }
  if (group) m.group = group;
  if (tool) m.tool = tool;
  if (note) m.note = note;
  if (source) m.source = source;
  return m;
}

export function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A number for people: 1 234 567 → "1,234,567"; small values keep a few significant digits. */
export function formatNumber(value, unit) {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'records/s' || unit === 'diagnostics' || unit === 'records') return Math.round(value).toLocaleString('en-US');
  if (unit === 'MB') return value < 10 ? value.toFixed(2) : value.toFixed(0);
  if (unit === 's') return value < 10 ? value.toFixed(2) : value.toFixed(1);
  if (unit === 'ms') return value < 10 ? value.toFixed(2) : value.toFixed(0);
  return String(round(value, 3));
}

export function formatTarget(m) {
  if (m.target === undefined) return '';
  return `${m.better === 'lower' ? '≤' : '≥'} ${formatNumber(m.target, m.unit)}${m.unit === '×' ? '' : ` ${m.unit}`}`;
}

/** Left-aligned first column, right-aligned numbers, for the terminal. */
export function formatTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(header, rows, align) {
  const sep = header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? ':--' : '--:'));
  return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/**
 * The zone-check comparison as rows: tool, wall s, records/s, peak MB, and zonemail ÷ tool for
 * wall time and for peak memory (2.0× means zonemail takes twice as long, or twice the memory).
 * `tools` lists every tool tried, measured or not: `{ tool, label, status }`.
 */
export function checkRows(results) {
  const rows = [];
  for (const t of results.tools) {
    const get = (kind) => results.measurements.find((m) => m.id === `check.${t.tool}.${kind}`);
    const wall = get('wall');
    if (!wall) {
      rows.push([t.label, t.status, '', '', '', '']);
      continue;
    }
    const ratio = t.tool === 'zonemail' ? 1 : wall.ratio;
    const version = t.tool === 'zonemail' ? undefined : /\d+\.\d+(?:\.\d+)?/.exec(t.version ?? '')?.[0];
    const rss = get('peak-rss');
    const rssRatio = t.tool === 'zonemail' && rss ? 1 : rss?.ratio;
    rows.push([
      version ? `${t.label} ${version}` : t.label,
      formatNumber(wall.value, 's'),
      formatNumber(get('throughput')?.value, 'records/s'),
      formatNumber(get('peak-rss')?.value, 'MB'),
      ratio === undefined ? '–' : `${ratio.toFixed(2)}×`,
      rssRatio === undefined ? '–' : `${rssRatio.toFixed(2)}×`,
    ]);
  }
  return rows;
}

export const CHECK_HEADER = ['tool', 'wall s', 'records/s', 'peak MB', 'wall ratio', 'memory ratio'];

/** Explains the ratio columns; print it under the table. */
export const RATIO_NOTE = 'ratios are zonemail ÷ tool: 3.00× means zonemail takes three times as long (or as much memory)';

/** Lines such as `zonemail/kzonecheck wall ≤ 3.00×: 1.85× PASS`, with the figure's source when it has one. */
export function targetLines(results) {
  return results.measurements
    .filter((m) => m.target !== undefined)
    .map(
      (m) =>
        `${m.name} ${formatTarget(m)}: ${formatNumber(m.value, m.unit)}${m.unit === '×' ? '' : ` ${m.unit}`}  ${m.status === 'pass' ? 'PASS' : 'MISS'}` +
        (m.source ? `  (${m.source})` : ''),
    );
}

/** The README "Performance" tables for a results object. */
export function formatMarkdown(results) {
  const out = [];
  const records = results.records.toLocaleString('en-US');
  out.push(
    `Checking a generated ${records}-record zone (\`npm run bench\`; median of ${results.runs} run${results.runs === 1 ? '' : 's'}, ` +
      `${results.machine.cpus}× ${results.machine.cpuModel}, Node ${results.machine.node}, ${results.date.slice(0, 10)}):`,
  );
  out.push('');
  out.push(markdownTable(CHECK_HEADER, checkRows(results)));
  out.push('');
  out.push(`Ratios are zonemail ÷ tool: 3.00× means zonemail takes three times as long (or as much memory).`);
  const targets = results.measurements.filter((m) => m.target !== undefined);
  if (targets.length > 0) {
    out.push('');
    out.push(
      markdownTable(
        ['measure', 'value', 'target', 'status'],
        targets.map((m) => [m.name, `${formatNumber(m.value, m.unit)}${m.unit === '×' ? '' : ` ${m.unit}`}`, formatTarget(m), m.status === 'pass' ? 'pass' : '**miss**']),
        ['l', 'r', 'r', 'l'],
      ),
    );
    const sourced = targets.filter((m) => m.source);
    if (sourced.length > 0) {
      out.push('');
      for (const m of sourced) out.push(`${m.name}: ${m.source}.`);
    }
  }
  return out.join('\n');
}
