import * as vscode from 'vscode';
import { formatDay, localToday, parseIsoDate, weekdayOf } from '../../common/dates';

/** The template's project start; every other date of the template is placed relative to it. */
const TEMPLATE_START = '2027-03-01';
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** What `xproj.newPlan` asks for; keybindings and tests may pass it as the command's argument. */
export interface NewPlanInput {
  readonly name: string;
  /** ISO date of a working day (Monday to Friday, the template's calendar). */
  readonly start: string;
}

/** Arguments of `xproj.newPlan`; each one left out is asked for. */
export interface NewPlanArgs extends Partial<NewPlanInput> {
  /** Folder to write the plan into. */
  readonly folder?: vscode.Uri;
}

/** Why `value` is not a usable start date, or undefined when it is. */
export function checkStartDate(value: string): string | undefined {
  const day = parseIsoDate(value.trim());
  if (day === undefined) {
    return vscode.l10n.t('Enter a date as YYYY-MM-DD, for example {0}.', nextMonday());
  }
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6 ? vscode.l10n.t('Pick a working day (Monday to Friday).') : undefined;
}

export function nextMonday(today = new Date()): string {
  const day = localToday(today);
  return formatDay(day + ((8 - weekdayOf(day)) % 7 || 7));
}

/** A plan id and file name from the project name: any script, spaces and punctuation to `-`. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_.]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug.length > 0 ? slug.slice(0, 60) : 'new-project';
}

/**
 * The template with the project's name, id and dates. The start is the one given; the other dates
 * move by whole weeks (rounded up), so they keep their weekdays and the schedule its slack, and the
 * plan checks clean. Public holidays are real calendar dates and stay as written.
 */
export function renderPlan(template: string, input: NewPlanInput): string {
  const offset = (parseIsoDate(input.start) ?? 0) - (parseIsoDate(TEMPLATE_START) ?? 0);
  const weeks = Math.ceil(offset / 7) * 7;
  return template
    .split('\n')
    .map((line) => {
      if (/^\s*-\s*(\d{4}-\d{2}-\d{2}|\{\s*from:)/.test(line)) {
        return line;
      }
      if (new RegExp(`^\\s*start:\\s*${TEMPLATE_START}\\b`).test(line)) {
        return line.replace(TEMPLATE_START, input.start);
      }
      const shifted = line.replace(ISO_DATE, (date) => {
        const day = parseIsoDate(date);
        return day === undefined ? date : formatDay(day + weeks);
      });
      return shifted
        .replace(/^(\s*id:\s*)new-project\b/, `$1${slugOf(input.name)}`)
        .replace(/^(\s*name:\s*)"\[项目名称\]"/, `$1${JSON.stringify(input.name)}`);
    })
    .join('\n');
}

async function askInput(args: NewPlanArgs): Promise<NewPlanInput | undefined> {
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
      value: nextMonday(),
      ignoreFocusOut: true,
      validateInput: checkStartDate,
    }));
  if (start === undefined || checkStartDate(start) !== undefined) {
    return undefined;
  }
  return { name: name.trim(), start: start.trim() };
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
