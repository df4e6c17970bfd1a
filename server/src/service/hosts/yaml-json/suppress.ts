/**
 * In-file suppression for YAML and JSON hosts: a comment `# zonemail-disable-next-line code...`
 * (or `// ...` where comments are allowed) on a line of its own right above the record silences
 * those codes (all codes when none is named) for that record.
 */
const MARK = 'zonemail-disable-next-line';

/** Codes silenced for the record that starts on the line of `offset`, or undefined. */
export function suppressedBefore(text: string, offset: number): ReadonlySet<string> | undefined {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let out: Set<string> | undefined;
  // Walk up over comment lines directly above.
  for (let guard = 0; lineStart > 0 && guard < 20; guard++) {
    const prevEnd = lineStart - 1;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    const line = text.slice(prevStart, prevEnd).trim();
    const body = line.startsWith('#') ? line.slice(1) : line.startsWith('//') ? line.slice(2) : undefined;
    if (body === undefined) break;
    const at = body.indexOf(MARK);
    if (at >= 0) {
      out ??= new Set();
      const codes = body.slice(at + MARK.length).trim().split(/[\s,]+/).filter((c) => c.length > 0);
      if (codes.length === 0) out.add('*');
      for (const c of codes) out.add(c);
    }
    lineStart = prevStart;
  }
  return out;
}

/** The codes a record is silenced for: its comment's, plus codes the host handles itself. */
export function withHostCodes(comment: ReadonlySet<string> | undefined, codes: readonly string[]): ReadonlySet<string> {
  const out = new Set(comment ?? []);
  for (const c of codes) out.add(c);
  return out;
}
