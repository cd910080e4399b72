import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../../package.json';

interface Manifest {
  readonly name?: string;
  readonly version?: string;
  readonly repository?: string | { readonly url?: string };
}

const manifest: Manifest = pkg;

/** The version of the package this CLI was built from. */
export const VERSION: string = manifest.version ?? '0.0.0';

/**
 * The package root: the first folder above this module whose package.json is ours. The CLI runs
 * both bundled (`dist/cli.js`) and from source (tests), which sit at different depths.
 */
function packageRoot(): string | undefined {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'package.json');
    try {
      if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as Manifest).name === manifest.name) {
        return dir;
      }
    } catch {
      // An unreadable or malformed package.json further up is not ours; keep looking.
    }
    const parent = dirname(dir);
    if (parent === dir) {
      return undefined;
    }
    dir = parent;
  }
}

/** The GitHub page of the repository named in package.json, if it names one. */
function githubRepository(): string | undefined {
  const repo = manifest.repository;
  const url = typeof repo === 'string' ? repo : repo?.url;
  const m = url !== undefined ? /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url) : null;
  return m ? `https://github.com/${m[1]}` : undefined;
}

/**
 * `docs/rules.md` as an absolute URI (SARIF's helpUri must be absolute), each rule being a section:
 * on GitHub when package.json names the repository, else the copy installed with the CLI.
 */
export function rulesDocumentationUri(): string {
  const github = githubRepository();
  if (github !== undefined) {
    return `${github}/blob/HEAD/docs/rules.md`;
  }
  return pathToFileURL(join(packageRoot() ?? join(__dirname, '..'), 'docs', 'rules.md')).href;
}
