/**
 * Memoisation on an object (a record value): every rule of a record shares one parse of its
 * policy, and the memo goes away with the value. The memo is a property of the object itself
 * (under a private symbol) rather than a WeakMap entry: a zone has hundreds of thousands of TXT
 * values, and weak tables that large make every garbage collection slow.
 */
const MEMO = Symbol('zonemail.memo');

interface Memoised {
  [MEMO]?: Map<string, unknown>;
}

export function cached<T>(table: string, key: object, compute: () => T): T {
  const holder = key as Memoised;
  let memo = holder[MEMO];
  if (!memo) {
    // A symbol key: invisible to JSON and `for...in`, and a plain (fast) property store.
    memo = new Map();
    holder[MEMO] = memo;
  }
  if (memo.has(table)) return memo.get(table) as T;
  const value = compute();
  memo.set(table, value);
  return value;
}

/** Drops every memo of an object (a record that moved: memos may hold its old offsets). */
export function forgetMemos(key: object): void {
  // Assigned rather than deleted: deleting a property makes V8 give the object a slow shape.
  const holder = key as Memoised;
  if (holder[MEMO] !== undefined) holder[MEMO] = undefined;
}
