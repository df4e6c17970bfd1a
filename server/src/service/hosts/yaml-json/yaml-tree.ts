/**
 * YAML documents (the `yaml` package, lenient: unknown tags such as CloudFormation's `!Ref` are
 * kept on the node, errors are collected, never thrown) turned into the shared tree. Strings
 * decode through `yaml-scalar.ts` with the parser's own value as a check.
 */
import { parseAllDocuments, isMap, isSeq, isScalar, isPair, type Node as YamlNode } from 'yaml';
import type { OffsetRange } from '../../model';
import type { TreeEntry, TreeNode } from './tree';
import { decodeYamlScalar, scalarTokenRange, type YamlScalarToken } from './yaml-scalar';

export interface YamlTree {
  readonly documents: readonly TreeNode[];
  /** Parse errors: message and range. */
  readonly errors: readonly { message: string; range: OffsetRange }[];
}

function rangeOf(node: { range?: [number, number, number] | null | undefined }): OffsetRange {
  const r = node.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

function convert(text: string, node: unknown, depth: number): TreeNode | undefined {
  if (node === null || node === undefined || depth > 200) return undefined;
  const n = node as YamlNode;
  const tag = (n as { tag?: string }).tag;
  const tagged = tag && tag.startsWith('!') && !tag.startsWith('!!') && !tag.startsWith('tag:') ? { tag } : {};
  if (isMap(n)) {
    const entries: TreeEntry[] = [];
    for (const item of n.items) {
      if (!isPair(item)) continue;
      const k = item.key;
      if (!isScalar(k)) continue;
      const key = k.value === null || k.value === undefined ? '' : String(k.value);
      const keyRange = rangeOf(k);
      const value = convert(text, item.value, depth + 1);
      entries.push({ key, keyRange, value, range: { start: keyRange.start, end: value ? value.range.end : keyRange.end } });
    }
    return { kind: 'map', entries, range: rangeOf(n), ...tagged };
  }
  if (isSeq(n)) {
    const items: TreeNode[] = [];
    for (const item of n.items) {
      const c = convert(text, item, depth + 1);
      if (c) items.push(c);
    }
    return { kind: 'seq', items, range: rangeOf(n), ...tagged };
  }
  if (isScalar(n)) {
    const token = n.srcToken as YamlScalarToken | undefined;
    const value = n.value;
    const range = token ? scalarTokenRange(token) : rangeOf(n);
    let cached: ReturnType<typeof decodeYamlScalar> | null = null;
    const host =
      typeof value === 'string' && token
        ? () => {
            if (cached === null) cached = decodeYamlScalar(text, token, value);
            return cached?.text;
          }
        : undefined;
    return { kind: 'scalar', value, host, range, ...tagged };
  }
  return { kind: 'other', range: rangeOf(n as { range?: [number, number, number] }), ...tagged };
}

/** Parses every document of a YAML stream. */
export function parseYamlTree(text: string): YamlTree {
  const documents: TreeNode[] = [];
  const errors: { message: string; range: OffsetRange }[] = [];
  try {
    const docs = parseAllDocuments(text, { keepSourceTokens: true, strict: false, uniqueKeys: false, prettyErrors: false });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
      // The parser may point one past the end of the text (an error at end of input): held inside.
      for (const e of doc.errors) {
        const start = Math.min(e.pos[0], text.length);
        errors.push({ message: e.message, range: { start, end: Math.min(Math.max(start, e.pos[1]), text.length) } });
      }
      const root = convert(text, doc.contents, 0);
      if (root) documents.push(root);
    }
  } catch (error) {
    errors.push({ message: error instanceof Error ? error.message : String(error), range: { start: 0, end: 0 } });
  }
  return { documents, errors };
}
