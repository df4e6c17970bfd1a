/**
 * Memoisation keyed by an object (a record value): every rule of a record shares one parse of its
 * policy, and the entry goes away with the value (weak keys, nothing for tests to clear).
 */
const tables = new Map<string, WeakMap<object, unknown>>();

export function cached<T>(table: string, key: object, compute: () => T): T {
  let map = tables.get(table);
  if (!map) {
    map = new WeakMap();
    tables.set(table, map);
  }
  if (map.has(key)) return map.get(key) as T;
  const value = compute();
  map.set(key, value);
  return value;
}
