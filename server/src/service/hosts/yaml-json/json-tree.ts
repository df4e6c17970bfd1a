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

export function parseJsonTree(text: string): JsonTree {
  const errs: ParseError[] = [];
  const root = parseTree(text, errs, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  return {
    root: convert(text, root, 0),
    errors: errs.map((e) => ({ message: printParseErrorCode(e.error), range: { start: e.offset, end: e.offset + e.length } })),
  };
}
