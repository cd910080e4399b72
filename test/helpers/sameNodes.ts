/**
 * Where two `yaml` node trees differ, or undefined when they are the same: the same classes, the
 * same own enumerable fields (ranges, values, sources, types, formats, flags, comments) with the
 * same values, and the same items in the same order. A path names the first difference.
 */
export function nodeDifference(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null) {
    return Object.is(actual, expected) ? undefined : `${path}: ${String(actual)} vs ${String(expected)}`;
  }
  if (Array.isArray(actual) !== Array.isArray(expected)) {
    return `${path}: an array and not`;
  }
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) {
    return `${path}: ${actual.constructor.name} vs ${expected.constructor.name}`;
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = Object.keys(a);
  const expectedKeys = Object.keys(e);
  if (keys.join() !== expectedKeys.join()) {
    return `${path}: fields ${keys.join()} vs ${expectedKeys.join()}`;
  }
  for (const key of keys) {
    const difference = nodeDifference(a[key], e[key], `${path}.${key}`);
    if (difference) {
      return difference;
    }
  }
  return undefined;
}
