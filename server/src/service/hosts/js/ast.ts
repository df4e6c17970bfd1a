/** Small queries over the Babel AST shared by the JavaScript hosts. */
import type { Node } from './parse';
import { walk } from './parse';
import { unwrap, type Resolve } from './js-string';

type ObjectExpression = Extract<Node, { type: 'ObjectExpression' }>;
type ObjectProperty = Extract<Node, { type: 'ObjectProperty' }>;

/** The dotted name of a callee (`aws.route53.Record` → ['aws', 'route53', 'Record']), or undefined. */
export function calleePath(node: Node): string[] | undefined {
  const out: string[] = [];
  let n: Node = unwrap(node);
  for (let guard = 0; guard < 16; guard++) {
    if (n.type === 'Identifier') {
      out.unshift(n.name);
      return out;
    }
    if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier') {
      out.unshift(n.property.name);
      n = unwrap(n.object);
      continue;
    }
    if (n.type === 'MemberExpression' && n.computed && n.property.type === 'StringLiteral') {
      out.unshift(n.property.value);
      n = unwrap(n.object);
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** The object literal an expression is, after TypeScript wrappers. */
export function objectOf(node: Node | null | undefined): ObjectExpression | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  return n.type === 'ObjectExpression' ? n : undefined;
}

function keyName(p: ObjectProperty): string | undefined {
  if (p.computed) return p.key.type === 'StringLiteral' ? p.key.value : undefined;
  if (p.key.type === 'Identifier') return p.key.name;
  if (p.key.type === 'StringLiteral') return p.key.value;
  return undefined;
}

/** A property of an object literal by name (the last one wins, as in JavaScript). */
export function property(obj: ObjectExpression | undefined, name: string): ObjectProperty | undefined {
  if (!obj) return undefined;
  let found: ObjectProperty | undefined;
  for (const p of obj.properties) if (p.type === 'ObjectProperty' && keyName(p) === name) found = p;
  return found;
}

/** The value of a property as an expression (shorthand `{ name }` gives the identifier). */
export function propertyValue(obj: ObjectExpression | undefined, name: string): Node | undefined {
  const p = property(obj, name);
  return p ? (p.value as Node) : undefined;
}

/** Elements of an array literal (holes and spreads left out). */
export function arrayItems(node: Node | null | undefined): Node[] | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== 'ArrayExpression') return undefined;
  return n.elements.filter((e): e is NonNullable<typeof e> => !!e && e.type !== 'SpreadElement') as Node[];
}

/** A number literal (or a string of digits) and its range. */
export function numberOf(node: Node | null | undefined): { value: number; start: number; end: number } | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  const start = n.start ?? 0;
  const end = n.end ?? 0;
  if (n.type === 'NumericLiteral') return { value: n.value, start, end };
  if (n.type === 'StringLiteral' && /^\d{1,10}$/.test(n.value)) return { value: Number(n.value), start: start + 1, end: end - 1 };
  return undefined;
}

/**
 * Variables declared once in the file with an initializer (`const key = "..."`), by name: a name
 * declared twice, or assigned to later, is not resolved.
 */
export function variableResolver(body: readonly Node[]): Resolve {
  const inits = new Map<string, Node | null>();
  walk(body, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier') {
      const name = node.id.name;
      inits.set(name, inits.has(name) || !node.init ? null : node.init);
    } else if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') {
      inits.set(node.left.name, null);
    }
  });
  return (name) => inits.get(name) ?? undefined;
}

/** The identifier an expression starts from (`zone.zoneId`, `zone.then(z => z.id)` → `zone`). */
export function rootIdentifier(node: Node | null | undefined): string | undefined {
  let n: Node | undefined = node ?? undefined;
  for (let guard = 0; n && guard < 16; guard++) {
    n = unwrap(n);
    if (n.type === 'Identifier') return n.name;
    if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') n = n.object;
    else if (n.type === 'CallExpression' || n.type === 'OptionalCallExpression') n = n.callee as Node;
    else if (n.type === 'AwaitExpression') n = n.argument;
    else return undefined;
  }
  return undefined;
}
