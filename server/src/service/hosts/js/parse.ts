/**
 * The JavaScript / TypeScript parser behind the DNSControl and Pulumi hosts: `@babel/parser`
 * with error recovery, wrapped so that it never throws. Offsets of every node (`start`, `end`)
 * are UTF-16 offsets into the document, as the service uses.
 */
import { parse } from '@babel/parser';
import type { File, Node } from '@babel/types';

export type { Node } from '@babel/types';

export interface JsComment {
  readonly start: number;
  readonly end: number;
  /** The comment text without its `//` or `/* *\/` delimiters. */
  readonly text: string;
}

export interface JsProgram {
  /** The top-level statements (empty when the text could not be parsed at all). */
  readonly body: readonly Node[];
  readonly comments: readonly JsComment[];
}

/** Parses JavaScript (or TypeScript when `typescript` is set); never throws. */
export function parseJs(text: string, typescript: boolean): JsProgram {
  let file: File;
  try {
    file = parse(text, {
      sourceType: 'unambiguous',
      errorRecovery: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      allowImportExportEverywhere: true,
      allowUndeclaredExports: true,
      plugins: typescript ? ['typescript'] : [],
    });
  } catch {
    return { body: [], comments: [] };
  }
  const comments: JsComment[] = [];
  for (const c of file.comments ?? []) {
    if (typeof c.start !== 'number' || typeof c.end !== 'number') continue;
    comments.push({ start: c.start, end: c.end, text: c.value });
  }
  return { body: file.program.body, comments };
}

/** Start and end of a node (Babel sets both on every node it makes). */
export function rangeOf(node: Node): { start: number; end: number } {
  return { start: node.start ?? 0, end: node.end ?? 0 };
}

const SKIP_KEYS = new Set(['loc', 'start', 'end', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'range']);

/** Calls `visit` on every node below `roots`, parents before children, in source order. */
export function walk(roots: readonly Node[], visit: (node: Node) => void): void {
  const stack: unknown[] = [...roots].reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item !== 'object') continue;
    const node = item as Node & Record<string, unknown>;
    if (typeof node.type !== 'string') continue;
    visit(node);
    const children: unknown[] = [];
    for (const key of Object.keys(node)) {
      if (SKIP_KEYS.has(key)) continue;
      const value = node[key];
      if (Array.isArray(value)) children.push(...value);
      else if (value && typeof value === 'object') children.push(value);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}
