/**
 * DataLoader batch functions must answer in the order of their keys; these align what a
 * repository returned (in any order, possibly with gaps) to the keys.
 */
export function alignByKey<K, V>(
  keys: readonly K[],
  values: V[],
  keyOf: (value: V) => K,
): (V | null)[] {
  const byKey = new Map(values.map((value) => [keyOf(value), value]));
  return keys.map((key) => byKey.get(key) ?? null);
}

export function groupByKey<K, V>(keys: readonly K[], values: V[], keyOf: (value: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const value of values) groups.get(keyOf(value))?.push(value);
  return keys.map((key) => groups.get(key) ?? []);
}
