/** Whether a file URI lies inside a folder URI (the folder itself excluded); compared as URIs, case-sensitively. */
export function isInside(fileUri: string, folderUri: string): boolean {
  const folder = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
  if (!fileUri.startsWith(folder)) {
    return false;
  }
  // `..` segments are resolved when an import's URI is made; a raw one here must not walk out.
  return !fileUri.slice(folder.length).split('/').includes('..');
}
