/**
 * Resolves a local `$ref` (`#/definitions/task`) against the schema root; undefined for remote
 * refs or paths that do not exist. Segments are decoded as JSON pointers (`~1` → `/`, `~0` → `~`).
 */
export function resolveLocalRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) {
    return undefined;
  }
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}
