/** Help text and version of the `zonemail` command. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const USAGE = `Usage: zonemail <command> [options]

Checks the DNS records behind email trust (SPF, DKIM, DMARC, BIMI, MTA-STS, TLS-RPT, TLSA)
where they are written.

Commands:
  check [--format text|json|sarif] PATH...
        Check each file, and each zone file under each directory (recursively; node_modules
        and folders whose names start with a dot are skipped). A file named on the command line
        is checked as a zone file even when its name does not say so.
        Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input.
  lsp --stdio | --node-ipc
        Run the language server.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.
`;

/** The version in the package manifest (found above the running file, bundled or not). */
export function version(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    try {
      const json = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
      if (json.name === 'zonemail' && typeof json.version === 'string') return json.version;
    } catch {
      // not here; look further up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}

export const INFORMATION_URI = 'https://github.com/zonemail/zonemail';
