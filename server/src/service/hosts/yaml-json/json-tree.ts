/**
 * JSON documents (`jsonc-parser`, which tolerates comments and trailing commas and never throws)
 * turned into the shared tree. Strings decode through `json-string.ts`.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { OffsetRange } from '../../model';
import type { HostString } from '../iac/host-string';
import type { TreeEntry, TreeNode } from './tree';
import { decodeJsonString } from './json-string';

export interface JsonTree {
  readonly root: TreeNode | undefined;
  readonly errors: readonly { message: string; range: OffsetRange }[];
}

function convert(text: string, node: JsonNode | undefined, depth: number): TreeNode | undefined {
  if (!node || depth > 500) return undefined;
  const range = { start: node.offset, end: node.offset + node.length };
  switch (node.type) {
    case 'object': {
      const entries: TreeEntry[] = [];
      for (const prop of node.children ?? []) {
        const k = prop.children?.[0];
        if (!k || k.type !== 'string') continue;
        const value = convert(text, prop.children?.[1], depth + 1);
        const keyRange = { start: k.offset, end: k.offset + k.length };
        entries.push({ key: String(k.value), keyRange, value, range: { start: keyRange.start, end: value ? value.range.end : keyRange.end } });
      }
      return { kind: 'map', entries, range };
    }
    case 'array': {
      const items: TreeNode[] = [];
      for (const c of node.children ?? []) {
        const t = convert(text, c, depth + 1);
        if (t) items.push(t);
      }
      return { kind: 'seq', items, range };
    }
    case 'string': {
      let cached: HostString | undefined;
      return { kind: 'scalar', value: node.value, range, host: () => (cached ??= decodeJsonString(text, range.start, range.end)) };
    }
    case 'number':
    case 'boolean':
    case 'null':
      return { kind: 'scalar', value: node.value, range, host: undefined };
    default:
      return { kind: 'other', range };
  }
}

/** Deepest nesting parsed; `jsonc-parser` recurses per level and overflows the stack on deep input. */
const MAX_DEPTH = 500;

/** Offset of the first `[` or `{` nested deeper than `max` (strings and comments skipped), or -1. */
export function tooDeepAt(text: string, max = MAX_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34 || d === 10) break;
      }
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) return i;
    } else if ((c === 93 /* ] */ || c === 125) /* } */ && depth > 0) depth--;
  }
  return -1;
}

export function parseJsonTree(text: string): JsonTree {
  const deep = tooDeepAt(text);
  if (deep >= 0) return { root: undefined, errors: [{ message: `NestedTooDeep (more than ${MAX_DEPTH} levels)`, range: { start: deep, end: deep + 1 } }] };
  const errs: ParseError[] = [];
  const root = parseTree(text, errs, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  return {
    root: convert(text, root, 0),
    errors: errs.map((e) => ({ message: printParseErrorCode(e.error), range: { start: e.offset, end: e.offset + e.length } })),
  };
}
