/**
 * Runs a command once and measures its wall time and peak resident set size.
 *
 * Wall time is `process.hrtime.bigint()` around the spawn (process start to exit). Peak RSS comes
 * from GNU time (`/usr/bin/time -f %M`, kilobytes, written to a side file so the tool's own
 * stderr stays clean); where GNU time is missing it falls back to polling `/proc/<pid>/status`
 * for VmHWM, which can miss a peak reached within the last polling interval.
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const STDERR_KEEP = 8192;

let gnuTimeAvailable;
/**
 * True when /usr/bin/time is GNU time and reports %M. `ZONEMAIL_BENCH_RSS=proc` forces the
 * /proc polling fallback (to test it, or where GNU time misbehaves).
 */
export function hasGnuTime() {
  if (gnuTimeAvailable === undefined && process.env.ZONEMAIL_BENCH_RSS === 'proc') gnuTimeAvailable = false;
  if (gnuTimeAvailable === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'zonemail-bench-'));
    try {
      const out = join(dir, 'rss');
      const r = spawnSync(GNU_TIME, ['-f', '%M', '-o', out, process.execPath, '-e', '0'], { stdio: 'ignore' });
      gnuTimeAvailable = r.status === 0 && /^\d+\s*$/m.test(readFileSync(out, 'utf8'));
    } catch {
      gnuTimeAvailable = false;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return gnuTimeAvailable;
}

/** The absolute path of an executable on PATH, or undefined. */
export function which(command) {
  if (command.includes('/')) return isExecutable(command) ? command : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** First line of a command's version output, or undefined. */
export function versionOf(command, args) {
  try {
    const r = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
    const text = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    return text.split('\n')[0] || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `command args` once.
 * @param {{ command: string, args: string[], stdoutFile?: string, env?: NodeJS.ProcessEnv }} spec
 *   stdout goes to `stdoutFile` when given, else to /dev/null.
 * @returns {Promise<{ wallSeconds: number, peakRssBytes: number | undefined, rssMethod: string,
 *   exitCode: number | null, signal: string | null, stderr: string }>}
 */
export async function measureOnce({ command, args, stdoutFile, env }) {
  const stdoutFd = openSync(stdoutFile ?? '/dev/null', 'w');
  const useTime = hasGnuTime();
  const dir = useTime ? mkdtempSync(join(tmpdir(), 'zonemail-bench-')) : undefined;
  const rssFile = dir ? join(dir, 'rss') : undefined;
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];

  let stderr = '';
  let polledHwmKb = 0;
  let poller;
  try {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', stdoutFd, 'pipe'], env: env ?? process.env });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-STDERR_KEEP);
    });
    if (!useTime) {
      const poll = () => {
        try {
          const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) polledHwmKb = Math.max(polledHwmKb, Number(m[1]));
        } catch {
          // the process has exited
        }
      };
      poller = setInterval(poll, 10);
    }
    const { code, signal } = await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c, s) => resolve({ code: c, signal: s }));
    });
    const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;

    let peakRssBytes;
    let exitCode = code;
    let exitSignal = signal;
    if (useTime) {
      const report = readFileSync(rssFile, 'utf8');
      const kb = report.match(/^\d+$/gm);
      if (kb) peakRssBytes = Number(kb[kb.length - 1]) * 1024;
      // GNU time exits with the child's status; a child killed by a signal is reported in the file.
      const killed = /Command terminated by signal (\d+)/.exec(report);
      if (killed) {
        exitCode = null;
        exitSignal = `signal ${killed[1]}`;
      }
    } else if (polledHwmKb > 0) {
      peakRssBytes = polledHwmKb * 1024;
    }
    return {
      wallSeconds,
      peakRssBytes,
      rssMethod: useTime ? 'GNU time %M' : '/proc VmHWM polling',
      exitCode,
      signal: exitSignal,
      stderr,
    };
  } finally {
    if (poller) clearInterval(poller);
    closeSync(stdoutFd);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
