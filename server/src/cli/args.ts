/** Parses the options of `zonemail check`; bad usage comes back as a message, never a throw. */

export type Format = 'text' | 'json' | 'sarif';

export interface CheckArgs {
  readonly format: Format;
  readonly paths: readonly string[];
  readonly help: boolean;
}

const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];

export function parseCheckArgs(argv: readonly string[]): CheckArgs | { error: string } {
  let format: Format = 'text';
  let help = false;
  const paths: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '-h' || arg === '--help') {
      help = true;
    } else if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = arg.startsWith('--format=') ? arg.slice('--format='.length) : argv[++i];
      if (value === undefined) return { error: `${arg} needs a value: ${FORMATS.join(', ')}` };
      if (!(FORMATS as readonly string[]).includes(value)) return { error: `unknown format '${value}' (use ${FORMATS.join(', ')})` };
      format = value as Format;
    } else {
      return { error: `unknown option '${arg}'` };
    }
  }
  if (!help && paths.length === 0) return { error: 'no PATH given' };
  return { format, paths, help };
}
