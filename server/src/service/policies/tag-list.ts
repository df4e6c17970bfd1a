/**
 * The tag-list parser of RFC 6376 §3.2, shared by DKIM, DMARC (RFC 7489 §6.4), BIMI, MTA-STS
 * and TLS-RPT records. Never throws; offsets are into the record value. Whitespace around names
 * and values is allowed; a trailing `;` is allowed.
 */

export interface Tag {
  /** Tag name as written (case kept). */
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** Value with surrounding whitespace removed. */
  readonly value: string;
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The whole tag-spec, from its first to its last non-space character. */
  readonly start: number;
  readonly end: number;
  /** Offset of the `=`. */
  readonly equals: number;
  /** Offset of the `;` that ends the spec, or -1 for the last one without `;`. */
  readonly semicolon: number;
}

export type TagListProblemKind =
  /** A spec without `=` (`p reject`). */
  | 'missing-equals'
  /** A tag name that is empty or not ALPHA *(ALPHA / DIGIT / "_"). */
  | 'bad-name'
  /** A value with a character outside VALCHAR (%x21-3A / %x3C-7E) or whitespace. */
  | 'bad-value'
  /** The same tag name twice (RFC 6376 §3.2: invalid). */
  | 'duplicate'
  /** Nothing between two `;`. */
  | 'empty-spec';

export interface TagListProblem {
  readonly kind: TagListProblemKind;
  readonly start: number;
  readonly end: number;
  /** The tag concerned, when there is one. */
  readonly tag?: Tag;
  /** For `duplicate`: the first tag of that name. */
  readonly first?: Tag;
}

export interface TagList {
  readonly tags: readonly Tag[];
  readonly problems: readonly TagListProblem[];
  /** The first tag of each name (lower case). */
  readonly byName: ReadonlyMap<string, Tag>;
}

function isWsp(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isAlpha(c) || (c >= 48 && c <= 57) || c === 95;
}

/** Parses `text` as a tag list. Tag names are compared case-insensitively for duplicates. */
export function parseTagList(text: string): TagList {
  const tags: Tag[] = [];
  const problems: TagListProblem[] = [];
  const byName = new Map<string, Tag>();
  let i = 0;
  const n = text.length;
  // The last non-whitespace character: an empty spec is only reported when something follows it.
  let last = n - 1;
  while (last >= 0 && isWsp(text.charCodeAt(last))) last--;
  while (i <= n) {
    let specEnd = text.indexOf(';', i);
    const semicolon = specEnd;
    if (specEnd < 0) specEnd = n;
    let a = i;
    while (a < specEnd && isWsp(text.charCodeAt(a))) a++;
    let b = specEnd;
    while (b > a && isWsp(text.charCodeAt(b - 1))) b--;
    if (a === b) {
      if (semicolon >= 0 && semicolon < last) {
        problems.push({ kind: 'empty-spec', start: semicolon, end: semicolon + 1 });
      }
    } else {
      let eq = a;
      while (eq < b && text.charCodeAt(eq) !== 61) eq++;
      if (eq >= b) {
        problems.push({ kind: 'missing-equals', start: a, end: b });
      } else {
        let nameEnd = eq;
        while (nameEnd > a && isWsp(text.charCodeAt(nameEnd - 1))) nameEnd--;
        let valueStart = eq + 1;
        while (valueStart < b && isWsp(text.charCodeAt(valueStart))) valueStart++;
        const tag: Tag = {
          name: text.slice(a, nameEnd),
          nameStart: a,
          nameEnd,
          value: text.slice(valueStart, b),
          valueStart,
          valueEnd: b,
          start: a,
          end: b,
          equals: eq,
          semicolon,
        };
        tags.push(tag);
        let nameOk = nameEnd > a && isAlpha(text.charCodeAt(a));
        for (let k = a; nameOk && k < nameEnd; k++) nameOk = isNameChar(text.charCodeAt(k));
        if (!nameOk) problems.push({ kind: 'bad-name', start: a, end: Math.max(nameEnd, a + 1), tag });
        for (let k = valueStart; k < b; k++) {
          const c = text.charCodeAt(k);
          if (c > 0x7e || (c < 0x21 && !isWsp(c))) {
            problems.push({ kind: 'bad-value', start: k, end: k + 1, tag });
            break;
          }
        }
        const key = tag.name.toLowerCase();
        const first = byName.get(key);
        if (first) problems.push({ kind: 'duplicate', start: tag.start, end: tag.end, tag, first });
        else byName.set(key, tag);
      }
    }
    if (semicolon < 0) break;
    i = semicolon + 1;
  }
  return { tags, problems, byName };
}
