/**
 * A `FileSystem` over `node:fs` for `$INCLUDE`: reads `file://` URIs as UTF-8, refuses other
 * schemes, directories and files above a size cap.
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileSystem } from '../service';

export const DEFAULT_INCLUDE_SIZE_CAP = 16 * 1024 * 1024;

export function createNodeFileSystem(maxBytes: number = DEFAULT_INCLUDE_SIZE_CAP): FileSystem {
  return {
    readFile(uri: string): string | undefined {
      if (!uri.startsWith('file:')) return undefined;
      try {
        const file = fileURLToPath(uri);
        const stat = fs.statSync(file);
        if (!stat.isFile() || stat.size > maxBytes) return undefined;
        return decodeText(fs.readFileSync(file));
      } catch {
        return undefined;
      }
    },
  };
}

/** File bytes as document text: UTF-8 (invalid bytes become U+FFFD), a leading BOM dropped. */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
