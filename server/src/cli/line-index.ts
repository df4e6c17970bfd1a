/**
 * Offsets to line/character positions for printing diagnostics of files that may hold millions
 * of lines: line starts are found with `indexOf` (native speed) into a typed array. Text with a
 * carriage return is left to the LSP text document, whose rules for CR, LF and CRLF it then keeps.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';

export interface Positions {
  positionAt(offset: number): Position;
}

class LfLines implements Positions {
  private starts: Int32Array | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): Int32Array {
    if (this.starts) return this.starts;
    let starts = new Int32Array(1024);
    let n = 1;
    for (let at = this.text.indexOf('\n'); at >= 0; at = this.text.indexOf('\n', at + 1)) {
      if (n === starts.length) {
        const grown = new Int32Array(n * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[n++] = at + 1;
    }
    return (this.starts = starts.subarray(0, n));
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.text.length), 0);
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid]! > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: at - starts[line]! };
  }
}

/** Positions in `text` as an LSP client counts them (UTF-16 characters). */
export function positionsOf(uri: string, text: string): Positions {
  return text.includes('\r') ? TextDocument.create(uri, 'dns-zone', 0, text) : new LfLines(text);
}
