/**
 * The loopback servers of the live tests (`test/live/live-fixtures.ts`: Knot serving `good.test`
 * and the broken test zones, unbound validating them, an HTTPS server with a test CA, an SMTP
 * server with STARTTLS) for the end-to-end suite in code-server. Started by
 * `scripts/vscode-e2e.sh test` before code-server, so that code-server's extension host and the
 * language server it starts inherit the test-only ports:
 *
 *   live-servers.js SETTINGS READY
 *
 * SETTINGS: the test user's settings.json; `zonemail.live.*` are added to it (direct resolver at
 * unbound, the test CA file). READY: written last (atomically) as JSON
 * `{ "liveTestPorts": { "https": N, "smtp": N }, "unbound": "127.0.0.1:N" }`; its presence means
 * every server answers. Runs until SIGTERM, SIGINT or SIGHUP, or until its parent process is gone;
 * then stops every server (by process id for Knot and unbound) and exits.
 */
import * as fs from 'node:fs';
import { startWorld } from '../live/live-fixtures';

/** How often the parent process is looked for (bounded polling of a condition). */
const PARENT_POLL_MS = 500;

export interface LiveServersReady {
  readonly liveTestPorts: { readonly https: number; readonly smtp: number };
  readonly unbound: string;
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

async function main(): Promise<void> {
  const [settingsFile, readyFile] = process.argv.slice(2);
  if (!settingsFile || !readyFile) throw new Error('usage: live-servers.js SETTINGS READY');
  const parent = process.ppid;
  const world = await startWorld();

  let stopping: Promise<void> | undefined;
  const stop = (code: number): Promise<void> =>
    (stopping ??= world
      .stop()
      .catch((error: unknown) => console.error(`stopping the loopback servers: ${String(error)}`))
      .then(() => process.exit(code)));
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.once(signal, () => void stop(0));
  // The script that started this process is gone (killed without its clean-up): stop as well.
  setInterval(() => {
    if (process.ppid !== parent) void stop(1);
  }, PARENT_POLL_MS);

  try {
    const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
    Object.assign(settings, {
      'zonemail.live.resolver': 'direct',
      'zonemail.live.servers': [world.unbound.address],
      'zonemail.live.caFile': world.caFile,
      'zonemail.live.timeoutMs': 5000,
    });
    writeAtomically(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
    const ready: LiveServersReady = { liveTestPorts: { https: world.https.port, smtp: world.smtp.port }, unbound: world.unbound.address };
    writeAtomically(readyFile, `${JSON.stringify(ready)}\n`);
    console.log(`loopback servers: Knot ${world.knot.address}, unbound ${world.unbound.address}, HTTPS ${world.https.port}, SMTP ${world.smtp.port}`);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
