/**
 * A throw-away certificate authority for the live tests, made with the `openssl` command: a CA
 * and server certificates (P-256 keys) for the names a test serves. Nothing is trusted beyond the
 * test: the checks get the CA through their `ca` option.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Issued {
  readonly key: string;
  readonly cert: string;
}

export interface TestCa {
  readonly dir: string;
  /** The CA certificate (PEM). */
  readonly cert: string;
  /** A certificate for the DNS names, signed by the CA (or self-signed when `selfSigned`). */
  issue(names: readonly string[], options?: { selfSigned?: boolean }): Issued;
  remove(): void;
}

function openssl(args: readonly string[], cwd: string): void {
  const out = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${out.stderr}`);
}

const KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

export function createCa(): TestCa {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-ca-'));
  openssl(['req', '-x509', ...KEY, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Zonemail Test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  let serial = 0;
  return {
    dir,
    cert: fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8'),
    issue(names, options = {}) {
      const id = `leaf${++serial}`;
      const san = `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`;
      if (options.selfSigned) {
        openssl(['req', '-x509', ...KEY, '-keyout', `${id}.key`, '-out', `${id}.pem`, '-days', '1', '-subj', `/CN=${names[0]}`, '-addext', san], dir);
      } else {
        fs.writeFileSync(path.join(dir, `${id}.ext`), `${san}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
        openssl(['req', ...KEY, '-keyout', `${id}.key`, '-out', `${id}.csr`, '-subj', `/CN=${names[0]}`], dir);
        openssl(['x509', '-req', '-in', `${id}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', String(1000 + serial), '-days', '1', '-out', `${id}.pem`, '-extfile', `${id}.ext`], dir);
      }
      return { key: fs.readFileSync(path.join(dir, `${id}.key`), 'utf8'), cert: fs.readFileSync(path.join(dir, `${id}.pem`), 'utf8') };
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
