import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import type { BaselineError } from '../model/baseline';
import type { PlanRule, RuleContext } from './types';

const messages = defineMessages(
  {
    'unknown-revision': (b: string) => `The baseline '${b}' cannot be read: git knows no revision of that name.`,
    'not-a-repository': (b: string) => `The baseline '${b}' cannot be read: the plan is not in a git repository (a file path must end in .xproj.yaml).`,
    'missing-file': (b: string) => `The baseline '${b}' cannot be read: the plan file does not exist there.`,
    'not-a-plan': (b: string) => `The baseline '${b}' is not an XProj plan: it has no project and no tasks.`,
    'too-large': (b: string) => `The baseline '${b}' is not read: it is larger than the 32 MB a plan file may be.`,
    unreadable: (b: string) => `The baseline '${b}' cannot be read.`,
    untrusted: (b: string) => `The baseline '${b}' is not read from git in Restricted Mode: trust the workspace to compare with it.`,
    timeout: (b: string) => `The baseline '${b}' cannot be read: git did not answer in time.`,
    'no-git': (b: string) => `The baseline '${b}' cannot be read: git is not installed.`,
    'bad-name': (b: string) => `The baseline '${b}' is neither a revision name nor a plan file path.`,
  },
  {
    'unknown-revision': (b) => `无法读取基线“${b}”：git 中没有这个版本。`,
    'not-a-repository': (b) => `无法读取基线“${b}”：计划不在 git 仓库中（文件路径须以 .xproj.yaml 结尾）。`,
    'missing-file': (b) => `无法读取基线“${b}”：该版本中没有这个计划文件。`,
    'not-a-plan': (b) => `基线“${b}”不是 XProj 计划：其中没有项目也没有任务。`,
    'too-large': (b) => `未读取基线“${b}”：文件超过计划文件允许的 32 MB。`,
    unreadable: (b) => `无法读取基线“${b}”。`,
    untrusted: (b) => `受限模式下不从 git 读取基线“${b}”：信任此工作区后才能对照。`,
    timeout: (b) => `无法读取基线“${b}”：git 未及时响应。`,
    'no-git': (b) => `无法读取基线“${b}”：未安装 git。`,
    'bad-name': (b) => `基线“${b}”既不是版本名也不是计划文件路径。`,
  },
);

/** Why a baseline named `label` cannot be read, in words. */
export function baselineErrorMessage(error: BaselineError, label: string, locale: Locale): string {
  return messages[locale][error](label);
}

/** `baseline-error`: the plan names a baseline that cannot be read; reported on `baseline`. */
export const baselineErrorRule: PlanRule = {
  codes: ['baseline-error'],
  check(ctx: RuleContext): void {
    const written = ctx.plan.project?.baseline;
    const result = ctx.baseline;
    if (!written || !result || !('error' in result)) {
      return;
    }
    const error: BaselineError = result.error;
    ctx.report({ code: 'baseline-error', span: written.span, message: messages[ctx.locale][error](written.value), data: { baseline: written.value, error } });
  },
};
