/**
 * The `zonemail` command: `check` files and folders, evaluate SPF with `spf`, run the language
 * server with `lsp`, `--help`, `--version`. Exit status of `check`: 0 (no errors), 1 (errors
 * found), 2 (bad usage, unreadable input); of `spf`: 0 (evaluated), 2 (bad usage).
 */
import { getLanguageService } from '../service';
import { createNodeFileSystem } from '../lsp/node-file-system';
import { runServer } from '../lsp/run';
import { parseCheckArgs, type Format } from './args';
import { checkFiles, hasErrors, type CheckedFile } from './check';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { runSpf } from './spf';
import { runLive } from './live';
import { USAGE, version } from './usage';
import { findFiles } from './walk';

const FORMATTERS: Record<Format, (checked: readonly CheckedFile[]) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
};

function usageError(message: string): number {
  process.stderr.write(`zonemail: ${message}\n\n${USAGE}`);
  return 2;
}

function check(argv: readonly string[]): number {
  const args = parseCheckArgs(argv);
  if ('error' in args) return usageError(args.error);
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  // The command line has no size limit: includes are read whatever their size.
  const service = getLanguageService({ fileSystem: createNodeFileSystem(Number.MAX_SAFE_INTEGER) });
  const found = findFiles(service, args.paths);
  const result = checkFiles(service, found.files, (code, error) => {
    process.stderr.write(`zonemail: rule ${code} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  });
  process.stdout.write(FORMATTERS[args.format](result.checked));
  const errors = [...found.errors, ...result.errors];
  for (const e of errors) process.stderr.write(`zonemail: ${e}\n`);
  if (errors.length > 0) return 2;
  return hasErrors(result.checked) ? 1 : 0;
}

const TRANSPORTS = ['--stdio', '--node-ipc'];

function main(argv: readonly string[]): number | undefined {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      return usageError('no command given');
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case '-v':
    case '--version':
      process.stdout.write(`${version()}\n`);
      return 0;
    case 'check':
      return check(rest);
    case 'spf':
      void runSpf(rest, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), usage: USAGE }).then((status) => {
        process.exitCode = status;
      });
      return undefined;
    case 'live':
      void runLive(rest, (t) => process.stdout.write(t), (t) => process.stderr.write(t), USAGE).then((status) => {
        process.exitCode = status;
      });
      return undefined;
    case 'lsp':
      if (!rest.some((a) => TRANSPORTS.includes(a) || a.startsWith('--socket=') || a.startsWith('--pipe=')))
        return usageError('lsp needs a transport: --stdio or --node-ipc');
      runServer();
      return undefined;
    default:
      return usageError(`unknown command '${command}'`);
  }
}

const status = main(process.argv.slice(2));
// Let stdout drain before exiting: set the status instead of calling process.exit().
if (status !== undefined) process.exitCode = status;
