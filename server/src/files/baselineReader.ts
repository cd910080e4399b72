import { spawnSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaselineError } from '../service/model/baseline';
import { MAX_PLAN_BYTES, isPlanPath, readPlanFile } from './planReader';

/** What the reader gives the service: a baseline's text, or why it has none. */
export type BaselineRead = { readonly text: string } | { readonly error: BaselineError; readonly detail?: string };

/** git has this long to answer; a hung repository (a network file system) must not hang a check. */
export const GIT_TIMEOUT_MS = 5_000;

/** A name no revision has, that a terminal or git's option parser would make something of: control characters, a leading `-`. */
function isBadName(name: string): boolean {
  return name.startsWith('-') || [...name].some((c) => c < ' ' || c === '\u007f');
}

export interface BaselineReadOptions {
  /** False in VS Code's Restricted Mode: nothing is read from git (its configuration can run programs). */
  readonly trusted?: boolean;
}

/**
 * Reads the baseline a plan names: a relative path to a plan file (when it is named like one), else
 * a git revision of the plan itself, as `git show REV:./name` in the plan's folder. git runs with
 * its arguments, never through a shell, so a name like `v1; rm -rf ~` is only a revision git does
 * not know; its output is bounded in time and size like a plan file's.
 */
export function readBaseline(planUri: string, baseline: string, options: BaselineReadOptions = {}): BaselineRead {
  if (!planUri.startsWith('file:')) {
    return { error: 'unreadable', detail: 'not a file' };
  }
  const planPath = fileURLToPath(planUri);
  if (isPlanPath(baseline)) {
    const read = readPlanFile(resolve(dirname(planPath), baseline), { plansOnly: true });
    if ('text' in read) {
      return read;
    }
    return {
      error: read.error === 'not-found' ? 'missing-file' : read.error === 'too-large' ? 'too-large' : 'unreadable',
      ...(read.detail ? { detail: read.detail } : {}),
    };
  }
  if (isBadName(baseline) || baseline.trim() !== baseline || baseline.length === 0 || baseline.length > 256) {
    return { error: 'bad-name' };
  }
  if (options.trusted === false) {
    return { error: 'untrusted' };
  }
  return gitShow(dirname(planPath), baseline, basename(planPath));
}

function gitShow(folder: string, revision: string, file: string): BaselineRead {
  const run = spawnSync(
    'git',
    // `--end-of-options`: whatever the name, git reads it as a revision, never as an option.
    ['-c', 'core.fsmonitor=false', 'show', '--no-textconv', '--end-of-options', `${revision}:./${file}`],
    {
      cwd: folder,
      timeout: GIT_TIMEOUT_MS,
      maxBuffer: MAX_PLAN_BYTES,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    },
  );
  const code = (run.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return { error: 'no-git' };
  }
  // Past maxBuffer the child is killed too: the size is the reason, not the time.
  if (code === 'ENOBUFS') {
    return { error: 'too-large' };
  }
  if (code === 'ETIMEDOUT' || run.signal === 'SIGTERM') {
    return { error: 'timeout' };
  }
  if (run.status !== 0 || !run.stdout) {
    return classify(String(run.stderr ?? ''));
  }
  const text = run.stdout.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** git's complaint, as one of the service's reasons. */
function classify(stderr: string): BaselineRead {
  const detail = stderr.trim().split('\n')[0]?.slice(0, 200);
  const withDetail = detail ? { detail } : {};
  if (/not a git repository/i.test(stderr)) {
    return { error: 'not-a-repository', ...withDetail };
  }
  if (/does not exist in|exists on disk, but not in|path .* does not exist/i.test(stderr)) {
    return { error: 'missing-file', ...withDetail };
  }
  if (/invalid object name|unknown revision|bad revision|ambiguous argument|not a valid object name|invalid reference/i.test(stderr)) {
    return { error: 'unknown-revision', ...withDetail };
  }
  return { error: 'unreadable', ...withDetail };
}

/** How long a baseline read from git is reused: a revision like `HEAD~1` moves with each commit. */
const KEPT_MS = 15_000;

/**
 * The language server's baseline reader: asked on every analysis (each keystroke), it runs git at
 * most once per plan and baseline every 15 seconds. Owned by the server instance.
 */
export class BaselineReads {
  private readonly kept = new Map<string, { readonly at: number; readonly read: BaselineRead }>();

  constructor(
    private readonly options: BaselineReadOptions,
    private readonly read: typeof readBaseline = readBaseline,
    private readonly now: () => number = Date.now,
  ) {}

  get(planUri: string, baseline: string): BaselineRead {
    const key = `${planUri}\n${baseline}`;
    const kept = this.kept.get(key);
    if (kept && this.now() - kept.at < KEPT_MS) {
      return kept.read;
    }
    const read = this.read(planUri, baseline, this.options);
    this.kept.set(key, { at: this.now(), read });
    return read;
  }

  /** A plan was closed or its repository changed: read its baselines again. */
  forget(planUri?: string): void {
    for (const key of this.kept.keys()) {
      if (planUri === undefined || key.startsWith(`${planUri}\n`)) {
        this.kept.delete(key);
      }
    }
  }
}

/** What "Compare with Baseline…" offers: the repository's tags and the plan's recent commits. */
export interface BaselineCandidates {
  readonly tags: readonly { readonly name: string; readonly date: string }[];
  readonly commits: readonly { readonly rev: string; readonly date: string; readonly subject: string }[];
}

/** How many of the plan's commits are offered. */
const RECENT_COMMITS = 20;

/** Tags (newest first) and the plan's recent commits, from git; empty outside a repository or in Restricted Mode. */
export function listBaselineCandidates(planUri: string, options: BaselineReadOptions = {}): BaselineCandidates {
  if (!planUri.startsWith('file:') || options.trusted === false) {
    return { tags: [], commits: [] };
  }
  const planPath = fileURLToPath(planUri);
  const run = (args: string[]): string[] => {
    const r = spawnSync('git', ['-c', 'core.fsmonitor=false', ...args], {
      cwd: dirname(planPath),
      timeout: GIT_TIMEOUT_MS,
      maxBuffer: 1024 * 1024,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    });
    return r.status === 0 && r.stdout
      ? r.stdout
          .toString('utf8')
          .split('\n')
          .filter((l) => l.length > 0)
      : [];
  };
  const tags = run(['tag', '--sort=-creatordate', '--format=%(refname:short)%09%(creatordate:short)'])
    .slice(0, 50)
    .map((line) => {
      const [name = '', date = ''] = line.split('\t');
      return { name, date };
    });
  const commits = run(['log', `-n${RECENT_COMMITS}`, '--format=%h%x09%cs%x09%s', '--', basename(planPath)]).map((line) => {
    const [rev = '', date = '', ...subject] = line.split('\t');
    return { rev, date, subject: subject.join('\t') };
  });
  return { tags, commits };
}
