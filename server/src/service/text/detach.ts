/**
 * Copies of strings cut from a document's text. A slice of a long string may share the whole
 * string's memory (V8 keeps a reference to it), so a message or a name kept from one version of
 * a 6 MB document to the next would keep that version's text alive. Strings kept across versions
 * (incremental state, re-parsed records) are copied with this first.
 */

/** Strings shorter than this are always copied by the engine when sliced. */
const SHORT = 13;

/** A copy of `s` that shares no memory with the string it was cut from. */
export function detach(s: string): string {
  if (s.length < SHORT) return s;
  // Concatenating makes a new string; slicing it back keeps only that small new string alive.
  return (' ' + s).slice(1);
}
