/**
 * A real SMTP server with STARTTLS for the live tests (the `smtp-server` package) on 127.0.0.1
 * (a free port), with a given certificate. It accepts and discards mail; `stop()` closes it.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SmtpTestServer {
  readonly port: number;
  stop(): Promise<void>;
}

export async function startSmtpServer(tls: { key: string; cert: string }, options: { starttls?: boolean } = {}): Promise<SmtpTestServer> {
  const server = new SMTPServer({
    secure: false,
    key: tls.key,
    cert: tls.cert,
    authOptional: true,
    disabledCommands: options.starttls === false ? ['AUTH', 'STARTTLS'] : ['AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return { port: address.port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
