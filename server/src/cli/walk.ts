/**
 * Finds the files to check: a file named on the command line as is, and under a directory every
 * file a host accepts (by name, then by the first bytes). Skips node_modules and dot-folders
 * other than `.well-known`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LanguageService } from '../service';

export interface FoundFile {
  /** The path to print: as given, or joined with the path relative to the given directory. */
  readonly display: string;
  readonly absolute: string;
  /** True when the file was named on the command line (checked even if no host matches). */
  readonly explicit: boolean;
}

export interface WalkResult {
  readonly files: FoundFile[];
  /** Reasons inputs could not be read. */
  readonly errors: string[];
}

const SNIFF_BYTES = 4096;

function readHead(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const length = fs.readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.toString('utf8', 0, length);
  } finally {
    fs.closeSync(fd);
  }
}

function accepted(service: LanguageService, file: string): boolean {
  const uri = pathToFileURL(file).href;
  if (service.hostFor({ uri, text: '' })) return true;
  return !!service.hostFor({ uri, text: readHead(file) });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function walkDirectory(service: LanguageService, dir: string, display: string, result: WalkResult): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    result.errors.push(`cannot read directory ${display}: ${reason(error)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(dir, entry.name);
    const shown = path.join(display, entry.name);
    if (entry.isDirectory()) {
      // `.well-known` holds the MTA-STS policy file (`.well-known/mta-sts.txt`).
      if (entry.name === 'node_modules' || (entry.name.startsWith('.') && entry.name !== '.well-known')) continue;
      walkDirectory(service, absolute, shown, result);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      try {
        if (entry.isSymbolicLink() && !fs.statSync(absolute).isFile()) continue;
        if (accepted(service, absolute)) result.files.push({ display: shown, absolute, explicit: false });
      } catch (error) {
        result.errors.push(`cannot read ${shown}: ${reason(error)}`);
      }
    }
  }
}

export function findFiles(service: LanguageService, inputs: readonly string[]): WalkResult {
  const result: WalkResult = { files: [], errors: [] };
  for (const input of inputs) {
    const absolute = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      result.errors.push(`cannot read ${input}: ${reason(error)}`);
      continue;
    }
    if (stat.isDirectory()) walkDirectory(service, absolute, input, result);
    else result.files.push({ display: input, absolute, explicit: true });
  }
  return result;
}
