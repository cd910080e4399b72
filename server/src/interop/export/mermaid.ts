import { formatDay } from '../../../../common/dates';
import type { Locale } from '../../service/l10n/localize';
import { defineMessages } from '../../service/l10n/localize';
import type { ExportPlan, ExportTask } from './planFacts';

const labels = defineMessages({ noPhase: () => 'Other tasks' }, { noPhase: () => '其他任务' });

/**
 * Text in a Mermaid gantt line: `:` ends a task's name and `#` and `;` start entities and
 * statements, so they become their full-width forms; line breaks become spaces.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/:/g, '：')
    .replace(/#/g, '＃')
    .replace(/;/g, '；')
    .trim();
}

/**
 * A Mermaid `gantt` block with every date explicit: Mermaid's own `after` and `excludes` do not
 * count working days as XProj does (mermaid#1814), so bars are placed by date, each ending on the
 * day after its last working day (Mermaid ends are exclusive). Sections are the phases (in the
 * order they first appear, tasks without one last); summaries are left out, since their subtasks
 * carry the dates. Tags: `done`, `active` (in progress), `crit` (on the critical path), `milestone`.
 * `fenced` wraps the block in a ```mermaid fence, as Markdown files take it.
 */
export function exportMermaid(plan: ExportPlan, locale: Locale, fenced = false): string {
  const sections = new Map<string, ExportTask[]>();
  for (const t of plan.tasks) {
    if (!t.summary) {
      const key = t.phase ?? '';
      sections.set(key, [...(sections.get(key) ?? []), t]);
    }
  }
  const unphased = sections.get('');
  if (unphased) {
    sections.delete('');
    sections.set('', unphased);
  }
  const lines = ['gantt', `    title ${mermaidText(plan.projectName)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %m-%d'];
  for (const [phase, tasks] of sections) {
    if (sections.size > 1 || phase !== '') {
      lines.push(`    section ${mermaidText(phase !== '' ? phase : labels[locale].noPhase())}`);
    }
    for (const t of tasks) {
      lines.push(`    ${taskLine(t, plan)}`);
    }
  }
  const text = `${lines.join('\n')}\n`;
  return fenced ? `\`\`\`mermaid\n${text}\`\`\`\n` : text;
}

function taskLine(t: ExportTask, plan: ExportPlan): string {
  const tags = [t.status === 'done' ? 'done' : t.status === 'in-progress' ? 'active' : '', t.critical ? 'crit' : ''].filter((x) => x !== '');
  const name = mermaidText(t.name) || mermaidText(t.id);
  if (t.milestone || t.duration === 0) {
    return `${name} :${['milestone', ...tags].join(', ')}, ${formatDay(t.start)}, 0d`;
  }
  const first = plan.calendar.nextWorkday(t.start);
  return `${name} :${[...tags, formatDay(first), formatDay(t.end + 1)].join(', ')}`;
}
