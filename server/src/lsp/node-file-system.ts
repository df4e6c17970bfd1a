/**
 * A `FileSystem` over `node:fs` for `$INCLUDE`: reads `file://` URIs as UTF-8, refuses other
 * schemes, directories and files above a size cap. In an untrusted workspace it reads only files
 * inside the workspace folders (after resolving symbolic links), so opening a zone file cannot
 * make the editor read files elsewhere on the machine.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileSystem } from '../service';

export const DEFAULT_INCLUDE_SIZE_CAP = 16 * 1024 * 1024;

/** Which files `$INCLUDE` may read. */
export interface IncludeAccess {
  /** False in an untrusted workspace: only files inside `folders` are read. */
  readonly trusted: boolean;
  /** The workspace folders, as `file:` URIs. */
  readonly folders: readonly string[];
}

/**
 * The file system. `access`, when given, is asked on each read (the workspace's trust and
 * folders arrive after the server starts); without it every `file:` URI may be read (the CLI).
 */
export function createNodeFileSystem(maxBytes: number = DEFAULT_INCLUDE_SIZE_CAP, access?: () => IncludeAccess): FileSystem {
  return {
    readFile(uri: string): string | undefined {
      if (!uri.startsWith('file:')) return undefined;
      try {
        const file = fileURLToPath(uri);
        const allowed = access?.();
        if (allowed && !allowed.trusted && !insideFolders(file, allowed.folders)) return undefined;
        const stat = fs.statSync(file);
        if (!stat.isFile() || stat.size > maxBytes) return undefined;
        return decodeText(fs.readFileSync(file));
      } catch {
        return undefined;
      }
    },
  };
}

/** True when `file` (symbolic links resolved) lies inside one of the `file:` folders. */
export function insideFolders(file: string, folders: readonly string[]): boolean {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return false;
  }
  for (const folder of folders) {
    if (!folder.startsWith('file:')) continue;
    let root: string;
    try {
      root = fs.realpathSync(fileURLToPath(folder));
    } catch {
      continue;
    }
    const relative = path.relative(root, real);
    if (relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))) return true;
  }
  return false;
}

/** File bytes as document text: UTF-8 (invalid bytes become U+FFFD), a leading BOM dropped. */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
