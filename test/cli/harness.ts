import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runCli } from '../../server/src/cli/cli';

export const REPO = resolve(__dirname, '../..');
export const FIXTURES = join(REPO, 'test/fixtures/cli');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly tty?: boolean;
}

/** Runs the CLI in this process with captured output; English and no colours unless asked. */
export function runInProcess(argv: readonly string[], options: RunOptions = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    cwd: options.cwd ?? FIXTURES,
    env: options.env ?? { LANG: 'C' },
    stdoutIsTTY: options.tty ?? false,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  if (typeof code !== 'number') {
    throw new Error(`${argv[0]} runs asynchronously: use runInProcessAsync`);
  }
  return { code, stdout, stderr };
}

/** The same for the commands that finish asynchronously (`export`, `import`). */
export async function runInProcessAsync(argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: options.cwd ?? FIXTURES,
    env: options.env ?? { LANG: 'C' },
    stdoutIsTTY: options.tty ?? false,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** Runs the built `bin/xproj.js` as users do (`node esbuild.mjs` first). */
export function runBin(argv: readonly string[], options: RunOptions = {}): CliRun {
  if (!existsSync(join(REPO, 'dist/cli.js'))) {
    throw new Error('dist/cli.js is missing: run `node esbuild.mjs` before the CLI tests.');
  }
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, NO_COLOR: undefined };
  Object.assign(env, options.env ?? {});
  const r = spawnSync(process.execPath, [join(REPO, 'bin/xproj.js'), ...argv], {
    cwd: options.cwd ?? FIXTURES,
    env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)),
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const temporaryFolders: string[] = [];
process.on('exit', () => {
  for (const folder of temporaryFolders) {
    rmSync(folder, { recursive: true, force: true });
  }
});

/** Writes a folder tree (paths relative to a new temporary folder, removed at exit) and returns the folder. */
export function tempTree(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'xproj-cli-'));
  temporaryFolders.push(root);
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

/** The exact keys of one `--format json` row, in order. */
export const JSON_KEYS = ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message'];

export interface JsonRow {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}
