import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { errorCode, errorReason } from './fsErrors';

/** A plan file to check: the path as the user sees it, and where it is. */
export interface PlanFile {
  /** As given on the command line, or the folder as given joined with the path found under it. */
  readonly displayPath: string;
  readonly absolutePath: string;
}

export interface Discovery {
  readonly files: readonly PlanFile[];
  /** Named paths that do not exist (exit 2). */
  readonly missing: readonly string[];
  /** Named paths, or folders under them, that exist but cannot be read. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
}

const PLAN_FILE = /\.xproj\.ya?ml$/i;

export function isPlanFileName(name: string): boolean {
  return PLAN_FILE.test(name);
}

/**
 * Expands the paths of `xproj check` into plan files. Named files are taken whatever their name;
 * folders are searched recursively for `*.xproj.yaml` / `*.xproj.yml`, skipping `node_modules`
 * and dot-folders. Files come in the order named, each folder's in path order, without repeats.
 */
export function discoverPlans(paths: readonly string[], cwd: string): Discovery {
  const files: PlanFile[] = [];
  const missing: string[] = [];
  const unreadable: { path: string; reason: string }[] = [];
  const seenFiles = new Set<string>();
  // Real paths of folders already walked, so symlink loops end.
  const seenFolders = new Set<string>();

  const addFile = (displayPath: string, absolutePath: string): void => {
    if (!seenFiles.has(absolutePath)) {
      seenFiles.add(absolutePath);
      files.push({ displayPath, absolutePath });
    }
  };

  const walk = (displayPath: string, absolutePath: string): void => {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(absolutePath);
      entries = readdirSync(absolutePath, { withFileTypes: true });
    } catch (e) {
      unreadable.push({ path: displayPath, reason: errorReason(e) });
      return;
    }
    if (seenFolders.has(real)) {
      return;
    }
    seenFolders.add(real);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childDisplay = join(displayPath, entry.name);
      const childAbsolute = join(absolutePath, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(childAbsolute);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue;
        }
      }
      if (isDirectory) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
          walk(childDisplay, childAbsolute);
        }
      } else if (isFile && isPlanFileName(entry.name)) {
        addFile(childDisplay, childAbsolute);
      }
    }
  };

  for (const path of paths.length > 0 ? paths : ['.']) {
    const absolutePath = resolve(cwd, path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolutePath).isDirectory();
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        missing.push(path);
      } else {
        unreadable.push({ path, reason: errorReason(e) });
      }
      continue;
    }
    if (isDirectory) {
      walk(path, absolutePath);
    } else {
      addFile(path, absolutePath);
    }
  }
  return { files, missing, unreadable };
}
