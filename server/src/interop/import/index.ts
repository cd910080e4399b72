import { formatDay } from '../../../../common/dates';
import type { Locale } from '../../service/l10n/localize';
import { formatHas, writePlanYaml } from './importedPlan';
import type { ImportedPlan, ImportedTask } from './importedPlan';
import { ImportError, importMessages } from './importMessages';
import { importMspdi } from './mspdiImport';

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
  let plan: ImportedPlan;
  switch (kind) {
    case 'mspdi':
      plan = importMspdi(text(), locale);
      break;
    default:
      throw new ImportError(importMessages[locale].unknownType(/\.[^./\\]+$/.exec(fileName)?.[0] ?? fileName));
  }
  fitToFormat(plan, locale);
  return { yaml: writePlanYaml(plan, fileName.replace(/^.*[\\/]/, ''), locale), notes: plan.notes };
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
