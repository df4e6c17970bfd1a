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
  spf DOMAIN --ip IP [--sender ADDR] [--helo NAME] [--zone FILE]... [--dns HOST[:PORT]]
      [--doh URL] [--format text|json]
        Evaluate the SPF policy of DOMAIN for mail from IP (RFC 7208): the result, the
        explanation, and the tree of terms with the DNS lookups each include costs. Answers come
        from the zone files given with --zone (offline; a name not in them does not exist), from
        one DNS server (--dns), from DNS over HTTPS (--doh), or else from the system resolver.
        Exit status: 0 evaluated (whatever the result), 2 bad usage or unreadable zone files.
  live DOMAIN [--dkim-selector S]... [--dns HOST[:PORT] | --doh URL] [--ca-file PEM]
       [--compare FILE] [--format text|json] [--timeout MS]
        Check what DNS publishes for DOMAIN: MX, SPF (evaluated, lookup counts), DMARC (tree
        walk, report authorisations), DKIM keys of the selectors given, BIMI (logo and
        certificate fetched), MTA-STS (policy fetched), TLS-RPT, DANE (STARTTLS to each MX) and
        DNSSEC. --dns asks that server (a validating resolver shows DNSSEC status); --ca-file
        trusts an extra CA for HTTPS. --compare FILE lists records of FILE that are missing,
        different or extra in live DNS. Test-only: --https-port N and --smtp-port N connect
        loopback servers instead of ports 443 and 25; --no-smtp skips STARTTLS probes.
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
