/**
 * Remembers a pure function's results for the life of the process, by a text key. The checker
 * reads the same files again and again in one process (the tests check hundreds of copies of the
 * content that differ in one file; `npm run bench` checks again after one change), and parsing is
 * most of its time. Callers must treat what they get back as read-only: the same object is handed
 * to every caller with the same key. A call that throws is not remembered.
 */
export function memoize<A extends unknown[], R>(
  compute: (...args: A) => R,
  keyOf: (...args: A) => string,
  capacity = 20_000,
): (...args: A) => R {
  const results = new Map<string, R>();
  return (...args) => {
    const key = keyOf(...args);
    if (results.has(key)) return results.get(key) as R;
    const result = compute(...args);
    // Past its capacity the memo starts again rather than grow without bound.
    if (results.size >= capacity) results.clear();
    results.set(key, result);
    return result;
  };
}
