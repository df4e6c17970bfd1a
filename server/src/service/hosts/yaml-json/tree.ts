/**
 * One small tree for YAML and JSON documents, so that the CloudFormation, octoDNS and Ansible
 * adapters read both the same way: mappings with keys and their ranges, sequences, and scalars
 * whose strings decode lazily into host strings with exact source maps.
 */
import type { OffsetRange } from '../../model';
import type { HostString } from '../iac/host-string';

export interface TreeEntry {
  readonly key: string;
  readonly keyRange: OffsetRange;
  readonly value: TreeNode | undefined;
  /** From the key to the end of the value. */
  readonly range: OffsetRange;
}

interface NodeBase {
  readonly range: OffsetRange;
  /** A YAML tag as written (`!Ref`, `!Sub`), if any. */
  readonly tag?: string;
}

export interface MapNode extends NodeBase {
  readonly kind: 'map';
  readonly entries: readonly TreeEntry[];
}

export interface SeqNode extends NodeBase {
  readonly kind: 'seq';
  readonly items: readonly TreeNode[];
}

export interface ScalarNode extends NodeBase {
  readonly kind: 'scalar';
  /** The resolved value (string, number, boolean, null). */
  readonly value: unknown;
  /** For strings: the decoded text with its source map (decoded on first use). */
  readonly host: (() => HostString | undefined) | undefined;
}

export interface OtherNode extends NodeBase {
  readonly kind: 'other';
}

export type TreeNode = MapNode | SeqNode | ScalarNode | OtherNode;

/** The entry of `key` in a mapping (the last one when repeated). */
export function entryOf(node: TreeNode | undefined, key: string): TreeEntry | undefined {
  if (!node || node.kind !== 'map') return undefined;
  let found: TreeEntry | undefined;
  for (const e of node.entries) if (e.key === key) found = e;
  return found;
}

export function valueOf(node: TreeNode | undefined, key: string): TreeNode | undefined {
  return entryOf(node, key)?.value;
}

/** The string value of a scalar without a tag, or undefined. */
export function stringOf(node: TreeNode | undefined): string | undefined {
  if (!node || node.kind !== 'scalar' || node.tag) return undefined;
  return typeof node.value === 'string' ? node.value : typeof node.value === 'number' ? String(node.value) : undefined;
}

/** Items of a sequence, or the node itself as a one-item list. */
export function itemsOf(node: TreeNode | undefined): readonly TreeNode[] {
  if (!node) return [];
  return node.kind === 'seq' ? node.items : [node];
}
