/**
 * How a task depends on its predecessor: finish-to-start (the default), start-to-start,
 * finish-to-finish, start-to-finish. The one list shared by the server, client and webview.
 */
export const DEPENDENCY_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

export type DependencyType = (typeof DEPENDENCY_TYPES)[number];

const TYPE_SET: ReadonlySet<string> = new Set(DEPENDENCY_TYPES);

export function isDependencyType(value: unknown): value is DependencyType {
  return typeof value === 'string' && TYPE_SET.has(value);
}
