import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatDay } from '../../../../common/dates';
import { getLanguageService } from '../../service';
import type { Locale } from '../../service/l10n/localize';
import { parseCsv } from './csvInput';
import { formatHas, writePlanYaml } from './importedPlan';
import type { ImportedPlan, ImportedTask } from './importedPlan';
import { ImportError, importMessages } from './importMessages';
import { importMspdi } from './mspdiImport';
import { importCalendar, importTable } from './tableImport';
import type { TableImport } from './tableImport';
import { readXlsx } from './xlsxInput';

export { ImportError } from './importMessages';

/** The file types `xproj import` reads, by extension. */
export type ImportKind = 'mspdi' | 'csv' | 'xlsx';

export function importKindOf(path: string): ImportKind | undefined {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === 'xml' ? 'mspdi' : ext === 'csv' ? 'csv' : ext === 'xlsx' ? 'xlsx' : undefined;
}

/** A plan's YAML text and the notes on what was not carried over (also written at its top). */
export interface ImportResult {
  readonly yaml: string;
  readonly notes: readonly string[];
}

/** Imports one file's bytes as a plan. Throws `ImportError` for a file it cannot read as a whole. */
export async function importPlan(bytes: Uint8Array, fileName: string, locale: Locale): Promise<ImportResult> {
  const kind = importKindOf(fileName);
  const text = (): string => new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
  const source = fileName.replace(/^.*[\\/]/, '');
  let plan: ImportedPlan;
  switch (kind) {
    case 'mspdi':
      plan = importMspdi(text(), locale);
      break;
    case 'csv':
      plan = reconcile(importTable(parseCsv(text()), source, locale), source, locale);
      break;
    case 'xlsx': {
      const { rows, calendar, otherSheets, title } = await readXlsx(bytes, locale);
      const table = importTable(rows, title ?? source, locale);
      table.plan.calendar = calendar ? importCalendar(calendar) : undefined;
      plan = reconcile(table, source, locale);
      if (otherSheets.length > 0) {
        plan.notes.push(importMessages[locale].extraSheets(otherSheets.join(', ')));
      }
      break;
    }
    default:
      throw new ImportError(importMessages[locale].unknownType(/\.[^./\\]+$/.exec(fileName)?.[0] ?? fileName));
  }
  fitToFormat(plan, locale);
  return { yaml: writePlanYaml(plan, source, locale), notes: plan.notes };
}

/**
 * A sheet shows dates; the plan keeps durations and dependencies. Where the plan would schedule a
 * task elsewhere than the sheet shows it (a start written later than its dependencies allow, a
 * calendar the sheet does not say), the sheet's start is written down, until the two agree.
 */
function reconcile({ plan, dates }: TableImport, source: string, locale: Locale): ImportedPlan {
  if (plan.project.start === undefined) {
    throw new ImportError(importMessages[locale].noDates());
  }
  const service = getLanguageService({ locale });
  const leaves: ImportedTask[] = [];
  const visit = (t: ImportedTask): void => {
    if (t.children.length === 0) {
      leaves.push(t);
    }
    t.children.forEach(visit);
  };
  plan.tasks.forEach(visit);
  for (let pass = 0; pass < 4; pass++) {
    const analysis = service.analyze(TextDocument.create('file:///import.xproj.yaml', 'xproj', pass, writePlanYaml(plan, source, locale)));
    const scheduled = new Map([...analysis.schedule.tasks].map(([task, s]) => [task.id, s]));
    const calendar = analysis.schedule.calendar;
    let changed = false;
    for (const task of leaves) {
      const want = dates.get(task.id);
      const s = scheduled.get(task.id);
      if (want === undefined || s === undefined) {
        continue;
      }
      const shown = s.duration > 0 ? calendar.nextWorkday(s.start) : s.start;
      if (want.start !== undefined && task.start === undefined && shown !== (s.duration > 0 ? calendar.nextWorkday(want.start) : want.start)) {
        task.start = want.start;
        changed = true;
      }
      if (want.end !== undefined && !task.milestone && task.end === undefined && s.end !== want.end) {
        // Days off the sheet does not know of: keep its end, and let the start follow the dependencies.
        task.end = want.end;
        delete task.duration;
        changed = true;
      }
    }
    if (!changed) {
      break;
    }
  }
  return plan;
}

/** Drops what this build's plan format cannot hold yet (make-up days, actual dates), with a note. */
function fitToFormat(plan: ImportedPlan, locale: Locale): void {
  const msg = importMessages[locale];
  if (plan.calendar && plan.calendar.extraWorkdays.length > 0 && !formatHas('calendar', 'extra_workdays')) {
    plan.notes.push(msg.makeupDays(plan.calendar.extraWorkdays.map((r) => formatDay(r.from)).join(', ')));
    plan.calendar.extraWorkdays = [];
  }
  if (!formatHas('task', 'actual_start')) {
    const visit = (t: ImportedTask): void => {
      if (t.actualStart !== undefined || t.actualEnd !== undefined) {
        plan.notes.push(msg.actuals(t.id));
        delete t.actualStart;
        delete t.actualEnd;
      }
      t.children.forEach(visit);
    };
    plan.tasks.forEach(visit);
  }
}
