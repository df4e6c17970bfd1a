/**
 * CloudFormation intrinsic functions in a value: `!Sub`/`Fn::Sub` strings are checked with their
 * `${...}` interpolations opaque (`${!Literal}` stands for `${Literal}`); every other function
 * (`!Ref`, `!Join`, `!GetAtt`, `!If`...) has no text that can be checked.
 */
import type { HostString } from '../iac/host-string';
import { LayerBuilder } from '../yaml-json/host-string-ops';
import { itemsOf, type TreeNode } from '../yaml-json/tree';

/** The string of a node: a plain string, or the template of `!Sub` / `Fn::Sub`. */
export function stringValue(node: TreeNode | undefined): { text: HostString; sub: boolean } | undefined {
  if (!node) return undefined;
  if (node.kind === 'scalar' && typeof node.value === 'string' && node.host) {
    if (node.tag === undefined) {
      const text = node.host();
      return text ? { text, sub: false } : undefined;
    }
    if (node.tag === '!Sub') {
      const text = node.host();
      return text ? { text: subLayer(text), sub: true } : undefined;
    }
    return undefined;
  }
  if (node.kind === 'seq' && node.tag === '!Sub') return stringValue(stripTag(node.items[0]));
  if (node.kind === 'map' && node.entries.length === 1 && node.entries[0]!.key === 'Fn::Sub') {
    const arg = node.entries[0]!.value;
    const template = arg?.kind === 'seq' ? arg.items[0] : arg;
    if (template?.kind === 'scalar' && typeof template.value === 'string' && template.host && !template.tag) {
      const text = template.host();
      return text ? { text: subLayer(text), sub: true } : undefined;
    }
  }
  return undefined;
}

function stripTag(node: TreeNode | undefined): TreeNode | undefined {
  if (!node || node.kind !== 'scalar' || node.tag) return node;
  return { ...node, tag: '!Sub' };
}

/** True when a node is an intrinsic function call (tagged, or a one-key `Ref`/`Fn::` mapping). */
export function isIntrinsic(node: TreeNode | undefined): boolean {
  if (!node) return false;
  if (node.tag) return true;
  return node.kind === 'map' && node.entries.length === 1 && (node.entries[0]!.key === 'Ref' || node.entries[0]!.key.startsWith('Fn::'));
}

/** `${Name}` opaque, `${!Name}` → `${Name}`. */
export function subLayer(source: HostString): HostString {
  const v = source.value;
  const b = new LayerBuilder(0);
  let run = 0;
  let i = 0;
  while (i < v.length) {
    if (v[i] === '$' && v[i + 1] === '{') {
      if (v[i + 2] === '!') {
        if (i > run) b.literal(v.slice(run, i), run);
        b.escape('${', i, i + 3);
        i += 3;
        run = i;
        continue;
      }
      const close = v.indexOf('}', i + 2);
      if (close > 0) {
        if (i > run) b.literal(v.slice(run, i), run);
        b.opaqueText(v.slice(i, close + 1), i);
        i = close + 1;
        run = i;
        continue;
      }
    }
    i++;
  }
  if (v.length > run) b.literal(v.slice(run), run);
  return b.finish(source, v.length, (t) => t.replace(/\$\{/g, '${!'));
}

export { itemsOf };
