/** Keeps `value` under `key`, most recently used last; the oldest beyond `keep` are let go. */
export function remember<K, T>(map: Map<K, T>, key: K, value: T, keep: number): T {
  map.delete(key);
  map.set(key, value);
  while (map.size > keep) map.delete(map.keys().next().value!);
  return value;
}
