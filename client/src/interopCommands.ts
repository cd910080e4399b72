import * as vscode from 'vscode';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, exportPlanRequest, importPlanRequest } from '../../server/src/protocol';
import type { ExportFormat } from '../../server/src/protocol';
import type { Ctx } from './ctx';
import { Refusal } from './ctx';
import { asUri } from './reveal';

/** The CLI's bound on imported files. */
const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

function formatLabel(format: ExportFormat): { label: string; detail: string } {
  const details: Record<ExportFormat, string> = {
    tjp: vscode.l10n.t('TaskJuggler project'),
    mspdi: vscode.l10n.t('Microsoft Project XML (MS Project, ProjectLibre)'),
    xlsx: vscode.l10n.t('Excel workbook: tasks, people, risks, budget'),
    csv: vscode.l10n.t('CSV, a row per task (UTF-8 with BOM)'),
    ics: vscode.l10n.t('iCalendar: milestones and meetings'),
    mermaid: vscode.l10n.t('Mermaid gantt block'),
    svg: vscode.l10n.t('Gantt chart as SVG'),
    png: vscode.l10n.t('Gantt chart as PNG'),
    pdf: vscode.l10n.t('Gantt chart as PDF'),
  };
  return { label: format, detail: details[format] };
}

function locale(): string {
  return vscode.env.language;
}

/** The server answers for open documents: open the plan (in the background) if it is not. */
export async function ensureOpen(plan: vscode.Uri): Promise<void> {
  if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === plan.toString())) {
    await vscode.workspace.openTextDocument(plan);
  }
}

/**
 * "XProj: Export Plan…": pick a format and a file; the server writes the plan in that format with
 * the dates it computed (`xproj/export`, the CLI's own code). Arguments, for tests and keybindings:
 * the plan, the format, the target file.
 */
export async function exportPlan(ctx: Ctx, plan: vscode.Uri, formatArg: unknown, targetArg: unknown): Promise<vscode.Uri | undefined> {
  const format =
    typeof formatArg === 'string' && (EXPORT_FORMATS as readonly string[]).includes(formatArg)
      ? (formatArg as ExportFormat)
      : ((await vscode.window.showQuickPick(EXPORT_FORMATS.map(formatLabel), { title: vscode.l10n.t('Export the plan as'), matchOnDetail: true }))?.label as
          ExportFormat | undefined);
  if (!format) {
    return undefined;
  }
  const name =
    plan.path
      .split('/')
      .pop()
      ?.replace(/\.xproj\.ya?ml$/, '') ?? 'plan';
  const target =
    asUri(targetArg) ??
    (await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export the plan'),
      defaultUri: vscode.Uri.joinPath(plan, '..', `${name}.${EXPORT_EXTENSIONS[format]}`),
      filters: { [format.toUpperCase()]: [EXPORT_EXTENSIONS[format]] },
    }));
  if (!target) {
    return undefined;
  }
  await ensureOpen(plan);
  const answer = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0}…', format) }, () =>
    ctx.requestOrRefusal(exportPlanRequest, { uri: plan.toString(), format, locale: locale() }),
  );
  if (answer instanceof Refusal || !answer) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Exporting the plan failed: {0}', answer instanceof Refusal ? answer.message : vscode.l10n.t('see the XProj output')),
    );
    return undefined;
  }
  const bytes = answer.text !== undefined ? new TextEncoder().encode(answer.text) : Buffer.from(answer.base64 ?? '', 'base64');
  await vscode.workspace.fs.writeFile(target, bytes);
  if (!asUri(targetArg)) {
    const open = vscode.l10n.t('Open');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Exported the plan to {0}.', vscode.workspace.asRelativePath(target)), open)
      .then((choice) => choice === open && vscode.commands.executeCommand('vscode.open', target));
  }
  return target;
}

/**
 * "XProj: Import Plan…": a plan from MS Project XML, a .csv or an .xlsx; the client reads the file
 * (so remote and virtual workspaces work), the server makes the plan (`xproj/import`), and the new
 * plan is saved beside the source and opened. Arguments: the source file, the target plan.
 */
export async function importPlan(ctx: Ctx, sourceArg: unknown, targetArg: unknown): Promise<vscode.Uri | undefined> {
  const source =
    asUri(sourceArg) ??
    (
      await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Import a plan from'),
        canSelectMany: false,
        filters: { [vscode.l10n.t('MS Project XML, CSV or Excel')]: ['xml', 'csv', 'xlsx'] },
      })
    )?.[0];
  if (!source) {
    return undefined;
  }
  const stat = await vscode.workspace.fs.stat(source);
  if (stat.size > MAX_IMPORT_BYTES) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is larger than the 32 MB XProj imports.', vscode.workspace.asRelativePath(source)));
    return undefined;
  }
  const bytes = await vscode.workspace.fs.readFile(source);
  const fileName = source.path.split('/').pop() ?? 'plan';
  const answer = await ctx.requestOrRefusal(importPlanRequest, { fileName, base64: Buffer.from(bytes).toString('base64'), locale: locale() });
  if (answer instanceof Refusal || !answer) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Importing {0} failed: {1}', fileName, answer instanceof Refusal ? answer.message : vscode.l10n.t('see the XProj output')),
    );
    return undefined;
  }
  const target =
    asUri(targetArg) ??
    (await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Save the imported plan'),
      defaultUri: vscode.Uri.joinPath(source, '..', `${fileName.replace(/\.[^.]+$/, '')}.xproj.yaml`),
      filters: { [vscode.l10n.t('XProj plan')]: ['xproj.yaml'] },
    }));
  if (!target) {
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(answer.yaml));
  if (!asUri(targetArg)) {
    await vscode.window.showTextDocument(target);
    if (answer.notes.length > 0) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('{0} things could not be carried over; they are listed at the top of the plan.', answer.notes.length),
      );
    }
  }
  return target;
}
