/**
 * A real HTTPS server for the live tests: Node's `https` on 127.0.0.1 (a free port), with a
 * certificate from the test CA, answering from a table of routes keyed by `host/path`.
 * `stop()` closes it and every open connection.
 */
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface Route {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

export interface HttpsTestServer {
  readonly port: number;
  /** Requests seen, as `host/path`. */
  readonly requests: string[];
  stop(): Promise<void>;
}

export async function startHttpsServer(tls: { key: string; cert: string }, routes: Readonly<Record<string, Route>>): Promise<HttpsTestServer> {
  const requests: string[] = [];
  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const id = `${host}${req.url ?? '/'}`;
    requests.push(id);
    const route = routes[id];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    res.writeHead(route.status ?? 200, route.headers ?? { 'content-type': 'text/plain' });
    res.end(route.body ?? '');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
