/**
 * Every regular expression literal (and `new RegExp(...)` call) in the language service, found
 * with the TypeScript scanner: the input of the regex review test and of the review list.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { ROOT } from '../support/paths';

export interface RegexSite {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Regex literals and the lines that build one with `new RegExp`. */
export function regexSites(dir = path.join(ROOT, 'server', 'src', 'service')): { literals: RegexSite[]; constructed: RegexSite[] } {
  const literals: RegexSite[] = [];
  const constructed: RegexSite[] = [];
  for (const file of filesUnder(dir)) {
    const text = fs.readFileSync(file, 'utf8');
    const rel = path.relative(ROOT, file);
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const raw = node.text;
        const end = raw.lastIndexOf('/');
        literals.push({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, source: raw.slice(1, end), flags: raw.slice(end + 1) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        constructed.push({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, source: node.getText(), flags: '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, constructed };
}
