/** Reads a zone (or other checked) file for the CLI: UTF-8, without a byte-order mark. */
import * as fs from 'node:fs';
import { decodeText } from '../lsp/node-file-system';

export function readZoneText(file: string): string {
  return decodeText(fs.readFileSync(file));
}
