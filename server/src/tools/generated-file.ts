/**
 * The shared shape of the generators (`docs/rules.md`, the rule settings in `package.json`):
 * write the generated text, or with `--check` exit 1 when the file on disk is stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GeneratedFile {
  /** Absolute path of the file. */
  readonly path: string;
  /** Name shown in messages (`docs/rules.md`). */
  readonly name: string;
  /** What the file holds, for messages (`29 rules`). */
  readonly summary: string;
  /** The command that regenerates it. */
  readonly command: string;
  /** The text the file should hold. */
  render(): string;
}

/** Writes the file, or checks it with `--check`; returns the exit code. */
export function writeOrCheck(file: GeneratedFile, argv: readonly string[]): number {
  const check = argv.includes('--check');
  const want = file.render();
  const have = fs.existsSync(file.path) ? fs.readFileSync(file.path, 'utf8') : undefined;
  if (have === want) {
    if (!check) console.log(`${file.name}: ${file.summary}, already current`);
    return 0;
  }
  if (check) {
    console.error(`${file.name} is stale; run \`${file.command}\``);
    return 1;
  }
  fs.mkdirSync(path.dirname(file.path), { recursive: true });
  fs.writeFileSync(file.path, want);
  console.log(`${file.name}: wrote ${file.summary}`);
  return 0;
}

/** Runs a generator's main as a script: exit code 2 on an exception. */
export function runMain(main: (argv: readonly string[]) => number): void {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
