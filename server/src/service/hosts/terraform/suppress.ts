/**
 * Suppression comments in HCL (`# zonemail-disable-next-line CODE ...` or `// ...`): they
 * silence codes for the resource, attribute or list item that starts on the next line.
 */
import type { HclComment } from './hcl/lexer';

const SUPPRESS = 'zonemail-disable-next-line';

/** Codes by the offset of the first character of the line each directive applies to. */
export function suppressionTargets(text: string, comments: readonly HclComment[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  let pending: Set<string> | undefined;
  for (let k = 0; k < comments.length; k++) {
    const c = comments[k]!;
    const body = c.text.replace(/^\s+/, '').replace(/\*\/$/, '');
    if (body.startsWith(SUPPRESS) && (body.length === SUPPRESS.length || /\s/.test(body[SUPPRESS.length]!))) {
      const codes = body.slice(SUPPRESS.length).split(/[\s,]+/).filter((x) => x.length > 0);
      pending ??= new Set();
      if (codes.length === 0) pending.add('*');
      for (const code of codes) pending.add(code);
    }
    if (!pending) continue;
    let at = text.indexOf('\n', c.end);
    if (at < 0) {
      pending = undefined;
      continue;
    }
    at++;
    while (at < text.length && /[ \t\r\n]/.test(text[at]!)) at++;
    const next = comments[k + 1];
    if (next && next.start === at) continue; // another comment line: carry the codes over
    const set = out.get(at) ?? new Set<string>();
    for (const code of pending) set.add(code);
    out.set(at, set);
    pending = undefined;
  }
  return out;
}
