import * as vscode from 'vscode';
import type { WorkCalendar } from '../../common/calendar';
import { formatDay, parseIsoDate } from '../../common/dates';
import { nextStart, presetForLanguage, renderPlan, slugOf, templateCalendar } from './planTemplate';
import type { NewPlanInput } from './planTemplate';

export { nextMonday } from './planTemplate';

/** Arguments of `xproj.newPlan`; each one left out is asked for. */
export interface NewPlanArgs extends Partial<NewPlanInput> {
  /** Folder to write the plan into. */
  readonly folder?: vscode.Uri;
}

/** Why `value` is not a usable start date for a plan on `calendar`, or undefined when it is. */
export function checkStartDate(value: string, calendar: WorkCalendar = templateCalendar(undefined)): string | undefined {
  const day = parseIsoDate(value.trim());
  if (day === undefined) {
    return vscode.l10n.t('Enter a date as YYYY-MM-DD, for example {0}.', nextStart(calendar));
  }
  if (calendar.isWorkday(day)) {
    return undefined;
  }
  const next = formatDay(calendar.nextWorkday(day));
  return calendar.isHoliday(day)
    ? vscode.l10n.t('{0} is a holiday in the plan’s calendar; the next working day is {1}.', formatDay(day), next)
    : vscode.l10n.t('{0} is not a working day in the plan’s calendar; the next one is {1}.', formatDay(day), next);
}

async function askInput(args: NewPlanArgs): Promise<NewPlanInput | undefined> {
  const preset = 'preset' in args ? args.preset : presetForLanguage(vscode.env.language);
  const calendar = templateCalendar(preset);
  const name =
    args.name ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New XProj plan (1/2)'),
      prompt: vscode.l10n.t('Project name'),
      placeHolder: vscode.l10n.t('e.g. Spring enrolment campaign'),
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim().length === 0 ? vscode.l10n.t('The project needs a name.') : undefined),
    }));
  if (name === undefined) {
    return undefined;
  }
  const start =
    args.start ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New XProj plan (2/2)'),
      prompt: vscode.l10n.t('Start date (YYYY-MM-DD, a working day)'),
      value: nextStart(calendar),
      ignoreFocusOut: true,
      validateInput: (value) => checkStartDate(value, calendar),
    }));
  if (start === undefined || checkStartDate(start, calendar) !== undefined) {
    return undefined;
  }
  return { name: name.trim(), start: start.trim(), ...(preset ? { preset } : {}) };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function targetFile(folder: vscode.Uri | undefined, slug: string): Promise<vscode.Uri | undefined> {
  if (!folder) {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const picked = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick() : folders[0];
    folder = picked?.uri;
  }
  if (!folder) {
    return vscode.window.showSaveDialog({
      title: vscode.l10n.t('Save the new plan'),
      defaultUri: vscode.Uri.file(`${slug}.xproj.yaml`),
      filters: { [vscode.l10n.t('XProj plans')]: ['xproj.yaml', 'xproj.yml'] },
    });
  }
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, n === 1 ? `${slug}.xproj.yaml` : `${slug}-${n}.xproj.yaml`);
    if (!(await exists(candidate))) {
      return candidate;
    }
  }
}

/** `xproj.newPlan`: a plan from the bundled template, written into the workspace and opened. */
export async function newPlan(context: vscode.ExtensionContext, args: NewPlanArgs = {}): Promise<vscode.Uri | undefined> {
  const input = await askInput(args);
  if (!input) {
    return undefined;
  }
  const target = await targetFile(args.folder, slugOf(input.name));
  if (!target) {
    return undefined;
  }
  const templateUri = vscode.Uri.file(context.asAbsolutePath('examples/templates/empty.xproj.yaml'));
  const template = new TextDecoder().decode(await vscode.workspace.fs.readFile(templateUri));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderPlan(template, input)));
  await vscode.window.showTextDocument(target);
  return target;
}
