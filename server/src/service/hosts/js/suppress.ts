/**
 * Suppression comments in JavaScript and TypeScript (`// zonemail-disable-next-line CODE ...`):
 * they silence codes for the record call, property or array item that starts on the next line.
 */
import { suppressionTargets } from '../terraform/suppress';
import type { JsComment } from './parse';

/** Codes by the offset of the first character of the line each directive applies to. */
export function jsSuppressionTargets(text: string, comments: readonly JsComment[]): Map<number, Set<string>> {
  return suppressionTargets(text, comments);
}

/** The codes silenced for a record starting at any of `offsets`, plus `always`. */
export function suppressedAt(targets: Map<number, Set<string>>, offsets: readonly number[], always: readonly string[]): ReadonlySet<string> | undefined {
  const out = new Set<string>(always);
  for (const o of offsets) {
    const codes = targets.get(o);
    if (codes) for (const c of codes) out.add(c);
  }
  return out.size > 0 ? out : undefined;
}
