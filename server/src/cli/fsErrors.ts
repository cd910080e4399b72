/** The `code` of a Node.js system error (`ENOENT`, `EACCES`...). */
export function errorCode(e: unknown): string | undefined {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** A file system error's code, else its message: short enough for one stderr line. */
export function errorReason(e: unknown): string {
  return errorCode(e) ?? (e instanceof Error ? e.message : String(e));
}
