import type { BaselineCandidates } from '../../server/src/protocol';
import type { Translate } from './finishSummary';

/** One entry of the Compare with Baseline picker; `kind` says what choosing it means. */
export interface BaselineChoice {
  readonly label: string;
  readonly description?: string;
  readonly detail?: string;
  /** `base`: compare with `base`; `own`: the plan's own `baseline`; `file`: ask for a plan file; `separator`: a heading. */
  readonly kind: 'base' | 'own' | 'file' | 'separator';
  readonly base?: string;
}

/**
 * The picker's entries: the plan's own baseline first (when it names one), the repository's tags,
 * the plan's recent commits, then "Choose a file…". No `vscode` here, so it is unit-tested.
 */
export function baselineChoices(candidates: BaselineCandidates | null | undefined, ownBaseline: string | undefined, t: Translate): BaselineChoice[] {
  const out: BaselineChoice[] = [];
  if (ownBaseline !== undefined && ownBaseline !== '') {
    out.push({ kind: 'own', label: `$(pinned) ${ownBaseline}`, description: t("the plan's baseline") });
  }
  const tags = candidates?.tags ?? [];
  if (tags.length > 0) {
    out.push({ kind: 'separator', label: t('Tags') });
    for (const tag of tags) {
      out.push({ kind: 'base', base: tag.name, label: `$(tag) ${tag.name}`, description: tag.date });
    }
  }
  const commits = candidates?.commits ?? [];
  if (commits.length > 0) {
    out.push({ kind: 'separator', label: t('Recent commits of this plan') });
    for (const c of commits) {
      out.push({ kind: 'base', base: c.rev, label: `$(git-commit) ${c.rev}`, description: c.date, detail: c.subject });
    }
  }
  out.push({ kind: 'separator', label: '' }, { kind: 'file', label: `$(file) ${t('Choose a file…')}`, description: t('another plan file') });
  return out;
}

/**
 * The path the server reads a baseline file at: relative to the plan's folder, with `/`. Both are
 * URI paths (always `/`-separated); undefined when the file is on another scheme or authority.
 */
export function relativePlanPath(planPath: string, filePath: string): string {
  const from = planPath
    .split('/')
    .slice(0, -1)
    .filter((p) => p !== '');
  const to = filePath.split('/').filter((p) => p !== '');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) {
    i++;
  }
  const rel = [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
  return rel.startsWith('..') ? rel : `./${rel}`;
}
