/**
 * Which local names stand for which Pulumi packages: `import * as aws from "@pulumi/aws"`,
 * `import { route53 } from "@pulumi/aws"`, `const gcp = require("@pulumi/gcp")`. A resource
 * callee (`aws.route53.Record`) is then read as a package and a path inside it.
 */
import type { Node } from '../js/parse';
import { walk } from '../js/parse';
import { calleePath } from '../js/ast';

/** A local name and what it refers to: a package and a path inside it. */
export type ImportTable = Map<string, { readonly pkg: string; readonly path: readonly string[] }>;

const PREFIX = '@pulumi/';

function packageName(source: string): string | undefined {
  return source.startsWith(PREFIX) ? source.slice(PREFIX.length) : undefined;
}

export function importTable(body: readonly Node[]): ImportTable {
  const table: ImportTable = new Map();
  for (const stmt of body) {
    if (stmt.type !== 'ImportDeclaration') continue;
    const pkg = packageName(stmt.source.value);
    if (!pkg) continue;
    for (const s of stmt.specifiers) {
      if (s.type === 'ImportNamespaceSpecifier' || s.type === 'ImportDefaultSpecifier') table.set(s.local.name, { pkg, path: [] });
      else if (s.type === 'ImportSpecifier') {
        const imported = s.imported.type === 'Identifier' ? s.imported.name : s.imported.value;
        table.set(s.local.name, { pkg, path: [imported] });
      }
    }
  }
  walk(body, (node) => {
    if (node.type !== 'VariableDeclarator' || !node.init) return;
    const init = node.init;
    if (init.type !== 'CallExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'require') return;
    const arg = init.arguments[0];
    const pkg = arg && arg.type === 'StringLiteral' ? packageName(arg.value) : undefined;
    if (!pkg) return;
    if (node.id.type === 'Identifier') table.set(node.id.name, { pkg, path: [] });
    else if (node.id.type === 'ObjectPattern') {
      for (const p of node.id.properties) {
        if (p.type === 'ObjectProperty' && p.key.type === 'Identifier' && p.value.type === 'Identifier') table.set(p.value.name, { pkg, path: [p.key.name] });
      }
    }
  });
  return table;
}

/** The package and full path of a callee (`aws.route53.Record` → aws, [route53, Record]). */
export function resolveCallee(table: ImportTable, callee: Node): { pkg: string; path: string[] } | undefined {
  const path = calleePath(callee);
  if (!path || path.length === 0) return undefined;
  const head = table.get(path[0]!);
  return head ? { pkg: head.pkg, path: [...head.path, ...path.slice(1)] } : undefined;
}
