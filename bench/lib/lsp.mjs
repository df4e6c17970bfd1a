/**
 * The language-server phase of the bench: spawns `node dist/server.js --stdio`, drives it as an
 * editor would over a real LSP connection, and measures:
 *
 * - edit latency: on a generated zone (100,000 records by default), N one-character edits (each
 *   a didChange of one TTL digit, alternating), the time from sending the edit to receiving
 *   publishDiagnostics for that version; the diagnostic debounce is set to 0 ms, so the figure
 *   is the server's own work (an editor adds its debounce, 150 ms by default);
 * - hover and completion: request → response time at positions spread over the zone;
 * - a 10 MB YAML file and a 10 MB JSON file with no DNS content, didOpen → publishDiagnostics,
 *   transport included (bench/lib/probe.mjs measures the service's own probe without it).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { probeJson, probeYaml } from './probe-text.mjs';
import {
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

async function startServer(serverJs) {
  // ZONEMAIL_SERVER_PROFILE=<dir> writes a CPU profile of the language server there.
  const profile = process.env.ZONEMAIL_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.ZONEMAIL_SERVER_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const key = `${params.uri} ${params.version}`;
    const w = waiters.get(key);
    if (w) {
      waiters.delete(key);
      w({ at: now(), params });
    }
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => undefined);
  connection.onNotification('window/logMessage', () => {});
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] }, completion: { completionItem: { snippetSupport: true } } },
    },
    initializationOptions: { diagnosticDelay: 0 },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  /** Resolves when diagnostics for `uri` at `version` arrive. */
  const diagnosticsFor = (uri, version, timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} in ${timeoutMs} ms`)), timeoutMs);
      waiters.set(`${uri} ${version}`, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
    });
  const stop = async () => {
    try {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      // Give the server a moment to exit by itself (and write its profile when asked to).
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    } catch {
      // already gone
    }
    connection.dispose();
    child.kill();
  };
  return { connection, diagnosticsFor, stop };
}

/** Offsets of the TTL digits of `count` lines spread over the text (lines like `h3	600	IN	A ...`). */
function editSites(text, count) {
  const sites = [];
  const re = /^h\d+\t(\d+)\t/gm;
  let m;
  const all = [];
  while ((m = re.exec(text))) all.push(m.index + m[0].length - 2);
  if (all.length === 0) throw new Error('no `hN TTL` lines to edit in the zone');
  for (let i = 0; i < count; i++) sites.push(all[Math.floor(((i + 0.5) * all.length) / count)]);
  return sites;
}

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** Runs the LSP phase; returns figures in milliseconds. */
export async function measureLsp({ serverJs, zonePath, edits = 200, requests = 100, probeBytes = 10 * 1024 * 1024 }) {
  const server = await startServer(serverJs);
  const { connection, diagnosticsFor } = server;
  try {
    let text = readFileSync(zonePath, 'utf8');
    const uri = pathToFileURL(zonePath).href;
    let version = 1;
    const opened = diagnosticsFor(uri, version);
    const openAt = now();
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dns-zone', version, text } });
    const first = await opened;
    const openMs = first.at - openAt;

    // Edits: flip the last digit of a TTL between two values (both valid), one edit at a time.
    const sites = editSites(text, edits);
    const editMs = [];
    for (const offset of sites) {
      const old = text[offset];
      const next = old === '0' ? '1' : '0';
      text = text.slice(0, offset) + next + text.slice(offset + 1);
      const start = positionAt(text, offset);
      version++;
      const published = diagnosticsFor(uri, version);
      const sentAt = now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start, end: { line: start.line, character: start.character + 1 } }, text: next }],
      });
      editMs.push((await published).at - sentAt);
    }

    // Hover on SPF terms and completion inside SPF values, spread over the zone.
    const spfSites = [];
    const spfRe = /"v=spf1 /g;
    let m;
    while ((m = spfRe.exec(text))) spfSites.push(m.index + 1);
    const picks = Array.from({ length: requests }, (_, i) => spfSites[Math.floor(((i + 0.5) * spfSites.length) / requests)]);
    const hoverMs = [];
    const completionMs = [];
    for (const offset of picks) {
      const position = positionAt(text, offset + 2);
      let t = now();
      await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      hoverMs.push(now() - t);
      t = now();
      await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionAt(text, offset + 7) });
      completionMs.push(now() - t);
    }

    return { openMs, editMs, hoverMs, completionMs, probe: await measureProbe(serverJs, probeBytes) };
  } finally {
    await server.stop();
  }
}

/**
 * The IaC probe, on a server of its own (so no zone check is queued before it): 10 MB of YAML
 * and of JSON that say nothing about DNS, didOpen → publishDiagnostics.
 */
async function measureProbe(serverJs, probeBytes) {
  const server = await startServer(serverJs);
  const { connection, diagnosticsFor } = server;
  try {
    const probe = {};
    for (const [languageId, ext, make] of [
      ['yaml', 'yaml', probeYaml],
      ['json', 'json', probeJson],
    ]) {
      const probeText = make(probeBytes);
      const probeUri = `file:///bench/probe-${languageId}.${ext}`;
      const got = diagnosticsFor(probeUri, 1);
      const t = now();
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: probeUri, languageId, version: 1, text: probeText } });
      probe[languageId] = (await got).at - t;
    }
    return probe;
  } finally {
    await server.stop();
  }
}
