/** Resolves a path written in a plan (relative to the plan, or absolute) against the plan's URI. */
export function resolveRelativeUri(baseUri: string, path: string): string | undefined {
  try {
    const normalized = path.replace(/\\/g, '/');
    return new URL(normalized.split('/').map(encodeURIComponent).join('/').replace(/%2E/gi, '.'), baseUri).toString();
  } catch {
    return undefined;
  }
}

/** The last path segment of a URI, decoded, for messages. */
export function uriBasename(uri: string): string {
  const last = uri.split(/[/?#]/).filter(Boolean).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
